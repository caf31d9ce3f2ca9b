using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using MedVigil.Domain.Devices;
using FhirDevice = Hl7.Fhir.Model.Device;

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
    private const string Mdc = "urn:iso:std:iso:11073:10101";
    private const string MdcSoftware = "531975";
    private const string MdcFirmware = "531976";

    private static readonly FrozenSet<string> MacTypes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "BTMAC", "ETHMAC", "MAC");

    private static readonly string[] NamePreference = ["model-name", "manufacturer-name", "udi-label-name", "user-friendly-name"];

    private static readonly InventoryColumn[] Always =
    [
        InventoryColumn.AssetId, InventoryColumn.Manufacturer, InventoryColumn.Model, InventoryColumn.ModelNumber,
        InventoryColumn.SoftwareVersion, InventoryColumn.SerialNumber, InventoryColumn.ParentAssetId,
    ];

    private static readonly FrozenSet<InventoryColumn>[] ProvidedSets =
    [
        Always.ToFrozenSet(),
        Always.Append(InventoryColumn.CareUnit).ToFrozenSet(),
        Always.Append(InventoryColumn.MacAddress).ToFrozenSet(),
        Always.Append(InventoryColumn.CareUnit).Append(InventoryColumn.MacAddress).ToFrozenSet(),
    ];

    private static readonly DeserializerSettings Settings = new DeserializerSettings().UsingMode(DeserializationMode.BackwardsCompatible);
    private static readonly FhirJsonDeserializer Json = new(Settings);
    private static readonly FhirXmlDeserializer Xml = new(Settings);

    /// <summary>Reads the devices of the given files, read together. The streams stay open.</summary>
    /// <param name="files">Each file's name (for locations) and content.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    public static InventoryReadResult Read(IEnumerable<(string Name, Stream Content)> files, FhirDeviceReadOptions? options = null) =>
        ReadWithSummary(files, options).Inventory;

    /// <summary>As <see cref="Read"/>, with the number of devices read and of the resources skipped.</summary>
    public static FhirDeviceReadResult ReadWithSummary(IEnumerable<(string Name, Stream Content)> files, FhirDeviceReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var session = new Session(options ?? FhirDeviceReadOptions.Default);
        foreach (var (name, content) in files)
        {
            if (!session.ReadFile(name, content))
            {
                break;
            }
        }

        return session.Finish();
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

    /// <summary>
    /// One Device resource as found, with what it says itself. The values are copied out of the POCO once, since
    /// the SDK's getters throw for values that did not parse.
    /// </summary>
    private sealed class Entry(string location, string file, string? fullUrl, bool parsedCleanly)
    {
        public string Location { get; } = location;

        public string File { get; } = file;

        public string? FullUrl { get; } = fullUrl;

        public bool ParsedCleanly { get; } = parsedCleanly;

        public List<InventoryIssue> Issues { get; } = [];

        public string? Id { get; set; }

        public string? AssetId { get; set; }

        public string? Manufacturer { get; set; }

        public string? Model { get; set; }

        public string? ModelNumber { get; set; }

        public string? SerialNumber { get; set; }

        public string? SoftwareVersion { get; set; }

        public string? MacAddress { get; set; }

        public string? CareUnit { get; set; }

        public bool HasParent { get; set; }

        public string? ParentReference { get; set; }

        public string? ParentIdentifier { get; set; }

        public string? ParentDisplay { get; set; }

        public int? Parent { get; set; }

        public void Issue(string element, string reason) => Issues.Add(new InventoryIssue(Location, element, reason));
    }

    private sealed class Session(FhirDeviceReadOptions options)
    {
        private readonly List<InventoryIssue> fileIssues = [];
        private readonly List<Entry> entries = [];
        private readonly Dictionary<string, int> skipped = new(StringComparer.Ordinal);

        /// <summary>Reads one file; false when the device limit is reached and reading must stop.</summary>
        public bool ReadFile(string name, Stream content)
        {
            ArgumentNullException.ThrowIfNull(content);
            var text = ReadText(name, content);
            if (text is null)
            {
                return true;
            }

            var first = text.AsSpan().TrimStart();
            if (first.IsEmpty || (first[0] != '{' && first[0] != '<'))
            {
                fileIssues.Add(new InventoryIssue(name, "file", "the file is neither FHIR JSON (starting with '{') nor FHIR XML (starting with '<')"));
                return true;
            }

            if (!TryParse(name, text, first[0] == '{', out var resource, out var clean))
            {
                return true;
            }

            switch (resource)
            {
                case FhirDevice device:
                    return Add(device, name, name, null, clean);
                case Bundle bundle:
                    for (var i = 0; i < bundle.Entry.Count; i++)
                    {
                        var item = bundle.Entry[i];
                        if (item.Resource is FhirDevice d)
                        {
                            var location = string.Create(CultureInfo.InvariantCulture, $"{name} entry[{i}] (Device{(d.Id is null ? "" : "/" + d.Id)})");
                            if (!Add(d, location, name, item.FullUrl, clean))
                            {
                                return false;
                            }
                        }
                        else if (item.Resource is { } other)
                        {
                            Skip(other.TypeName);
                        }
                    }

                    return true;
                case { } other:
                    Skip(other.TypeName);
                    return true;
                default:
                    return true;
            }
        }

        public FhirDeviceReadResult Finish()
        {
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].AssetId is { } id)
                {
                    if (names.TryGetValue(id, out var first))
                    {
                        entries[i].Issue("Device.identifier", $"asset_id {InventoryRules.Quote(id)} is already used by {entries[first].Location}");
                    }
                    else
                    {
                        names[id] = i;
                    }
                }
            }

            ResolveParents(names);
            var order = ParentOrdering.Order(
                [.. entries.Select(e => e.Parent)], [.. entries.Select(e => e.AssetId ?? e.Location)], out var cycles);
            foreach (var (index, cycle) in cycles)
            {
                entries[index].Issue("Device.parent", "the parents form a cycle: " + cycle);
            }

            var records = new List<InventoryRecord>(entries.Count);
            foreach (var i in order)
            {
                if (Complete(entries[i], cycles.ContainsKey(i)) is { } record)
                {
                    records.Add(record);
                }
            }

            // A device of a file that did not parse cleanly may lack what the parser could not read: its parse
            // issues say why, and mapping issues on top of them would only mislead.
            var issues = fileIssues.Concat(entries.Where(e => e.ParsedCleanly).SelectMany(e => e.Issues)).ToList();
            return new FhirDeviceReadResult(new InventoryReadResult(records, issues), entries.Count, skipped.ToFrozenDictionary(StringComparer.Ordinal));
        }

        private string? ReadText(string name, Stream content)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > options.MaxFileBytes)
                {
                    fileIssues.Add(new InventoryIssue(name, "file", string.Create(CultureInfo.InvariantCulture,
                        $"the file is larger than {options.MaxFileBytes} bytes, the limit; it was not read")));
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        private bool TryParse(string name, string text, bool isJson, out Resource? resource, out bool clean)
        {
            resource = null;
            clean = false;
            IEnumerable<CodedException>? problems;
            try
            {
                if (isJson)
                {
                    Json.TryDeserializeResource(text, out resource, out problems);
                }
                else
                {
                    var settings = new XmlReaderSettings
                    {
                        DtdProcessing = DtdProcessing.Prohibit,
                        XmlResolver = null,
                        IgnoreComments = true,
                        MaxCharactersInDocument = options.MaxFileBytes,
                    };
                    using var xml = XmlReader.Create(new StringReader(text), settings);
                    Xml.TryDeserializeResource(xml, out resource, out problems);
                }
            }
            catch (JsonException e)
            {
                var message = e.Message;
                var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                fileIssues.Add(new InventoryIssue(name, "syntax", string.Create(CultureInfo.InvariantCulture,
                    $"not valid JSON: {(cut > 0 ? message[..cut] : message)} (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})")));
                return false;
            }
            catch (XmlException e)
            {
                fileIssues.Add(new InventoryIssue(name, "syntax", "not valid XML: " + e.Message));
                return false;
            }

            var count = fileIssues.Count;
            foreach (var problem in problems ?? [])
            {
                fileIssues.Add(problem is ExtendedCodedException x
                    ? new InventoryIssue(name, string.IsNullOrEmpty(x.InstancePath) ? "syntax" : x.InstancePath, string.Create(CultureInfo.InvariantCulture,
                        $"{x.BaseErrorMessage} (line {x.LineNumber}, position {x.Position})"))
                    : new InventoryIssue(name, "syntax", problem.Message));
            }

            clean = fileIssues.Count == count;
            if (resource is null && clean)
            {
                fileIssues.Add(new InventoryIssue(name, "file", "the file holds no FHIR resource"));
            }

            return resource is not null;
        }

        private void Skip(string type) => skipped[type] = skipped.GetValueOrDefault(type) + 1;

        private bool Add(FhirDevice device, string location, string file, string? fullUrl, bool clean)
        {
            if (entries.Count >= options.MaxDevices)
            {
                fileIssues.Add(new InventoryIssue(location, "file", string.Create(CultureInfo.InvariantCulture,
                    $"more than {options.MaxDevices} devices, the limit; reading stopped")));
                return false;
            }

            var entry = new Entry(location, file, InventoryRules.Clean(fullUrl), clean)
            {
                Id = Safe(() => InventoryRules.Clean(device.Id)),
                Manufacturer = Safe(() => InventoryRules.Clean(device.Manufacturer)),
                Model = Safe(() => Model(device)),
                ModelNumber = Safe(() => InventoryRules.Clean(device.ModelNumber)),
                SerialNumber = Safe(() => InventoryRules.Clean(device.SerialNumber)),
                SoftwareVersion = Safe(() => SoftwareVersion(device)),
                CareUnit = Safe(() => InventoryRules.Clean(device.Location?.Display)),
                HasParent = device.Parent is not null,
                ParentReference = Safe(() => InventoryRules.Clean(device.Parent?.Reference)),
                ParentIdentifier = Safe(() => InventoryRules.Clean(device.Parent?.Identifier?.Value)),
                ParentDisplay = Safe(() => InventoryRules.Clean(device.Parent?.Display)),
            };
            entry.AssetId = AssetId(device, entry);
            entry.MacAddress = MacAddress(device, entry);
            entries.Add(entry);
            return true;
        }

        /// <summary>Reads a value of the POCO, or null when the SDK throws for a value it could not parse.</summary>
        private static string? Safe(Func<string?> read)
        {
            try
            {
                return read();
            }
            catch (CodedException)
            {
                return null; // only in a file with parse issues, which are reported
            }
        }

        private static string? AssetId(FhirDevice device, Entry entry)
        {
            var id = Safe(() => device.Identifier.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value) && !IsMac(i))?.Value?.Trim())
                ?? entry.Id;
            if (id is null)
            {
                entry.Issue("Device.identifier", "the device has no identifier (other than a MAC address) and no id to use as asset_id");
            }
            else if (id.Length > MedVigil.Domain.Devices.Device.AssetIdMaxLength)
            {
                entry.Issue("Device.identifier", InventoryRules.TooLong("asset_id " + InventoryRules.Quote(id), MedVigil.Domain.Devices.Device.AssetIdMaxLength));
            }

            return id;
        }

        private static bool IsMac(Identifier identifier) =>
            identifier.Type?.Coding.Exists(c => c.Code is { } code && MacTypes.Contains(code)) == true;

        private static string? Model(FhirDevice device)
        {
            foreach (var type in NamePreference)
            {
                var name = device.DeviceName.FirstOrDefault(n =>
                    !string.IsNullOrWhiteSpace(n.Name) && string.Equals(n.TypeElement?.JsonValue as string, type, StringComparison.Ordinal));
                if (name is not null)
                {
                    return name.Name!.Trim();
                }
            }

            return InventoryRules.Clean(device.DeviceName.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n.Name))?.Name)
                ?? InventoryRules.Clean(device.Type?.Text)
                ?? InventoryRules.Clean(device.Type?.Coding.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Display))?.Display)
                ?? InventoryRules.Clean(device.ModelNumber);
        }

        private static string? SoftwareVersion(FhirDevice device)
        {
            var versions = device.Version.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToList();
            var chosen = versions.FirstOrDefault(v => IsTyped(v.Type, MdcSoftware, "software"))
                ?? versions.FirstOrDefault(v => IsTyped(v.Type, MdcFirmware, "firmware"))
                ?? versions.FirstOrDefault(v => v.Type is null || (v.Type.Coding.Count == 0 && string.IsNullOrWhiteSpace(v.Type.Text)));
            return chosen?.Value?.Trim();
        }

        private static bool IsTyped(CodeableConcept? type, string mdcCode, string word) =>
            type is not null
            && (type.Coding.Exists(c => string.Equals(c.Code, mdcCode, StringComparison.Ordinal) && (c.System is null || string.Equals(c.System, Mdc, StringComparison.Ordinal)))
                || (type.Text?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false)
                || type.Coding.Exists(c => c.Display?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false));

        private static string? MacAddress(FhirDevice device, Entry entry)
        {
            var ethernet = Safe(() => device.Identifier.FirstOrDefault(i =>
                !string.IsNullOrWhiteSpace(i.Value)
                && (i.Type?.Coding.Exists(c => string.Equals(c.Code, "ETHMAC", StringComparison.OrdinalIgnoreCase)) ?? false))?.Value);
            if (ethernet is null)
            {
                return null;
            }

            if (!NetworkIdentity.TryNormalizeMac(ethernet, out var mac))
            {
                entry.Issue("Device.identifier", $"{InventoryRules.Quote(ethernet)} (ETHMAC) is not a MAC address");
            }

            return mac;
        }

        private void ResolveParents(Dictionary<string, int> byAssetId)
        {
            var byFullUrl = new Dictionary<string, int>(StringComparer.Ordinal);
            var byId = new Dictionary<string, int>(StringComparer.Ordinal);
            var byFileAndId = new Dictionary<(string File, string Id), int>();
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (entry.FullUrl is { } url)
                {
                    byFullUrl.TryAdd(url, i);
                }

                if (entry.Id is { } id)
                {
                    byId.TryAdd(id, i);
                    byFileAndId.TryAdd((entry.File, id), i);
                }
            }

            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (!entry.HasParent)
                {
                    continue;
                }

                var reference = entry.ParentReference;
                int? found = null;
                if (reference is not null)
                {
                    if (byFullUrl.TryGetValue(reference, out var byUrl))
                    {
                        found = byUrl;
                    }
                    else if (DeviceId(reference) is { } id)
                    {
                        found = byFileAndId.TryGetValue((entry.File, id), out var local) ? local
                            : byId.TryGetValue(id, out var any) ? any : null;
                    }
                }

                if (found is null && entry.ParentIdentifier is { } value && byAssetId.TryGetValue(value, out var byIdentifier))
                {
                    found = byIdentifier;
                }

                if (found is null)
                {
                    var what = reference ?? entry.ParentIdentifier ?? entry.ParentDisplay ?? "(empty reference)";
                    entry.Issue("Device.parent", $"the parent {InventoryRules.Quote(what)} is not among the devices read");
                }

                entry.Parent = found;
            }
        }

        /// <summary>"Device/X", "https://host/fhir/Device/X/_history/2" → "X"; anything else → null.</summary>
        private static string? DeviceId(string reference)
        {
            var parts = reference.Split('/');
            for (var i = parts.Length - 2; i >= 0; i--)
            {
                if (string.Equals(parts[i], "Device", StringComparison.Ordinal) && parts[i + 1].Length > 0)
                {
                    return parts[i + 1];
                }
            }

            return null;
        }

        private T? Inherited<T>(Entry entry, Func<Entry, T?> own) where T : class
        {
            var seen = new HashSet<int>();
            for (var current = entry.Parent; current is { } p && seen.Add(p); current = entries[p].Parent)
            {
                if (own(entries[p]) is { } value)
                {
                    return value;
                }
            }

            return null;
        }

        private InventoryRecord? Complete(Entry entry, bool onCycle)
        {
            var manufacturer = entry.Manufacturer ?? Inherited(entry, e => e.Manufacturer);
            var softwareVersion = entry.SoftwareVersion ?? Inherited(entry, e => e.SoftwareVersion) ?? InventoryRules.UnknownVersion;
            var modelNumber = entry.ModelNumber;
            var serialNumber = entry.SerialNumber;
            var careUnit = entry.CareUnit;
            string? parentAssetId = null;
            if (entry.Parent is { } parent)
            {
                parentAssetId = entries[parent].AssetId;
                if (parentAssetId is null)
                {
                    entry.Issue("Device.parent", $"the parent {entries[parent].Location} has no asset id");
                }
            }

            if (manufacturer is null)
            {
                entry.Issue("Device.manufacturer", "manufacturer is missing (neither the device nor a parent has one)");
            }

            if (entry.Model is null)
            {
                entry.Issue("Device.deviceName", "model is missing: no deviceName, type or modelNumber");
            }

            Limit(entry, "Device.manufacturer", "manufacturer", manufacturer, InventoryRules.ManufacturerMaxLength);
            Limit(entry, "Device.deviceName", "model", entry.Model, InventoryRules.ModelMaxLength);
            Limit(entry, "Device.modelNumber", "model_number", modelNumber, InventoryRules.ModelNumberMaxLength);
            Limit(entry, "Device.version", "software_version", softwareVersion, InventoryRules.SoftwareVersionMaxLength);
            Limit(entry, "Device.serialNumber", "serial_number", serialNumber, InventoryRules.SerialNumberMaxLength);
            Limit(entry, "Device.location", "care_unit", careUnit, InventoryRules.CareUnitMaxLength);

            if (entry.Issues.Count > 0 || !entry.ParsedCleanly || onCycle || entry.AssetId is null || manufacturer is null || entry.Model is null)
            {
                return null;
            }

            return new InventoryRecord
            {
                Location = entry.Location,
                AssetId = entry.AssetId,
                Manufacturer = manufacturer,
                Model = entry.Model,
                ModelNumber = modelNumber,
                SoftwareVersion = softwareVersion,
                SerialNumber = serialNumber,
                CareUnit = careUnit,
                ClinicalFunction = ClinicalFunction.Unknown,
                Exposure = Exposure.Unknown,
                MacAddress = entry.MacAddress,
                HoldsPatientData = false,
                ParentAssetId = parentAssetId,
                Provided = ProvidedSets[(careUnit is null ? 0 : 1) + (entry.MacAddress is null ? 0 : 2)],
            };
        }

        private static void Limit(Entry entry, string element, string field, string? value, int maxLength)
        {
            if (value is not null && value.Length > maxLength)
            {
                entry.Issue(element, InventoryRules.TooLong(field, maxLength));
            }
        }
    }
}

/// <summary>What <see cref="FhirDeviceReader"/> made of a set of files, with counts for a summary.</summary>
/// <param name="Inventory">The records and issues.</param>
/// <param name="DevicesRead">How many Device resources were found (valid or not).</param>
/// <param name="SkippedResources">The resources that are not devices, counted by resource type.</param>
public sealed record FhirDeviceReadResult(InventoryReadResult Inventory, int DevicesRead, IReadOnlyDictionary<string, int> SkippedResources)
{
    public int ResourcesSkipped => SkippedResources.Values.Sum();
}
