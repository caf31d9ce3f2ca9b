using Hl7.Fhir.Serialization;

namespace MedVigil.Formats.Inventory;

/// <summary>
/// Reads FHIR R4 <c>Device</c> resources into inventory records: files of JSON or XML (told apart by their first
/// character, <c>{</c> or <c>&lt;</c>), each holding one <c>Device</c> or a <c>Bundle</c>. Bundle entries that are
/// not devices, and files of other resources (<c>DeviceMetric</c>, <c>DeviceDefinition</c>…), are skipped and
/// counted. The files read together form one set: a device's parent may be in another file.
/// </summary>
/// <remarks>
/// <para>Parsing uses the SDK's <see cref="FhirJsonDeserializer"/> and <see cref="FhirXmlDeserializer"/> in
/// <see cref="DeserializationMode.BackwardsCompatible"/> mode: unknown elements and codes are accepted, while
/// syntax errors and invalid values are issues, located by their FHIR path, line and position. Every device of a
/// file with parse issues is left out of the records, without further issues of its own (it still serves as a
/// parent).</para>
/// <para>Mapping to the inventory columns:</para>
/// <list type="bullet">
/// <item><description><b>asset_id</b>: the value of the first <c>identifier</c> whose type is not a MAC address
/// (a coding of <c>BTMAC</c>, <c>ETHMAC</c> or <c>MAC</c>); else the resource <c>id</c>; else an issue.</description></item>
/// <item><description><b>manufacturer</b>: <c>manufacturer</c>; else that of the nearest ancestor (via
/// <c>parent</c>) that has one; else an issue.</description></item>
/// <item><description><b>model</b>: the <c>deviceName</c> of type <c>model-name</c>, else <c>manufacturer-name</c>,
/// else <c>udi-label-name</c>, else <c>user-friendly-name</c>, else any <c>deviceName</c>; else <c>type.text</c>;
/// else the first <c>type.coding.display</c>; else <c>modelNumber</c>; else an issue.</description></item>
/// <item><description><b>model_number</b>: <c>modelNumber</c>. <b>serial_number</b>: <c>serialNumber</c>.</description></item>
/// <item><description><b>software_version</b>: the <c>version</c> typed software (the IEEE 11073 MDC code 531975,
/// or a type text or coding display containing "software"), else firmware (531976, or "firmware"), else the first
/// <c>version</c> without a type; else that of the nearest ancestor with one; else <c>unknown</c>. Other typed
/// versions (hardware, Continua…) are not software versions.</description></item>
/// <item><description><b>mac_address</b>: the <c>identifier</c> typed <c>ETHMAC</c>, normalised; a Bluetooth
/// address (<c>BTMAC</c>) is not the device's network address and is ignored.</description></item>
/// <item><description><b>care_unit</b>: <c>location.display</c>, when present.</description></item>
/// <item><description><b>parent_asset_id</b>: the asset id of the device that <c>parent</c> references, found among
/// the files read together by bundle <c>fullUrl</c>, by <c>Device/id</c> (the same file first, then any; an absolute
/// URL or a <c>_history</c> suffix is reduced to <c>Device/id</c>), or by <c>parent.identifier.value</c> equal to an
/// asset id. A parent not found, or parents forming a cycle, are issues.</description></item>
/// <item><description><b>clinical_function</b> and <b>exposure</b> are <c>Unknown</c>, <b>holds_patient_data</b> is
/// false; the other columns are not provided.</description></item>
/// </list>
/// <para><see cref="InventoryRecord.Provided"/> is asset_id, manufacturer, model, model_number, software_version,
/// serial_number and parent_asset_id, plus care_unit and mac_address for a device that has them. The field length
/// limits are those of the CSV format. A record's location is the file name, or <c>FILE entry[i] (Device/id)</c>
/// for a bundle entry (<c>i</c> counted from 0, as in FHIR paths). An asset id used twice is an issue on the later
/// device. Records come parents first, so an importer can create them in order.</para>
/// </remarks>
public static class FhirDeviceReader
{
    // The work, file by file: FhirFileLoader reads files and bundles into FhirDeviceEntry values, applying the
    // per-device rules of FhirDeviceMapping; FhirRecordAssembler then resolves parents (FhirDeviceParents),
    // inherits values down the trees and makes the records.
    /// <summary>Reads the devices of the given files, read together. The streams stay open.</summary>
    /// <param name="files">Each file's name (for locations) and content.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    public static InventoryReadResult Read(IEnumerable<(string Name, Stream Content)> files, FhirDeviceReadOptions? options = null) =>
        ReadWithSummary(files, options).Inventory;

    /// <summary>As <see cref="Read"/>, with the number of devices read and of the resources skipped.</summary>
    public static FhirDeviceReadResult ReadWithSummary(IEnumerable<(string Name, Stream Content)> files, FhirDeviceReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var loader = new FhirFileLoader(options ?? FhirDeviceReadOptions.Default);
        foreach (var (name, content) in files)
        {
            if (!loader.ReadFile(name, content))
            {
                break;
            }
        }

        return FhirRecordAssembler.Assemble(loader);
    }

    /// <summary>Reads the devices of the files at <paramref name="paths"/>, read together; locations use the file names.</summary>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    public static InventoryReadResult ReadFiles(IEnumerable<string> paths, FhirDeviceReadOptions? options = null) =>
        ReadFilesWithSummary(paths, options).Inventory;

    /// <summary>As <see cref="ReadFiles"/>, with the number of devices read and of the resources skipped.</summary>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    public static FhirDeviceReadResult ReadFilesWithSummary(IEnumerable<string> paths, FhirDeviceReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadWithSummary(Open(paths), options);

        static IEnumerable<(string Name, Stream Content)> Open(IEnumerable<string> paths)
        {
            foreach (var path in paths)
            {
                using var stream = File.OpenRead(path);
                yield return (Path.GetFileName(path), stream);
            }
        }
    }
}
