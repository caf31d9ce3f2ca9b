using MedVigil.Formats.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using FhirDevice = Hl7.Fhir.Model.Device;

namespace MedVigil.Formats.Inventory;

/// <summary>
/// Loads the files read together: each file's text (within the size limit), parsed as FHIR JSON or XML, and the
/// Device resources in it, alone or in a bundle, as entries with their locations. Other resources are counted as
/// skipped; problems with a file itself are file issues.
/// </summary>
internal sealed class FhirFileLoader(FhirDeviceReadOptions options)
{
    private static readonly DeserializerSettings Settings = new DeserializerSettings().UsingMode(DeserializationMode.BackwardsCompatible);
    private static readonly FhirJsonDeserializer Json = new(Settings);
    private static readonly FhirXmlDeserializer Xml = new(Settings);

    private readonly List<InventoryIssue> fileIssues = [];
    private readonly List<FhirDeviceEntry> entries = [];
    private readonly Dictionary<string, int> skipped = new(StringComparer.Ordinal);

    /// <summary>Problems with the files themselves (size, syntax, parsing, the device limit), in reading order.</summary>
    public IReadOnlyList<InventoryIssue> FileIssues => fileIssues;

    /// <summary>Every Device found, in reading order.</summary>
    public IReadOnlyList<FhirDeviceEntry> Entries => entries;

    /// <summary>The resources that are not devices, counted by resource type.</summary>
    public IReadOnlyDictionary<string, int> Skipped => skipped;

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

    /// <summary>The file's text, or null (and an issue) when it is larger than the limit.</summary>
    private string? ReadText(string name, Stream content)
    {
        try
        {
            using var reader = new StreamReader(new LimitedStream(content, options.MaxFileBytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (InputTooLargeException)
        {
            fileIssues.Add(new InventoryIssue(name, "file", string.Create(CultureInfo.InvariantCulture,
                $"the file is larger than {options.MaxFileBytes} bytes, the limit; it was not read")));
            return null;
        }
    }

    /// <summary>Parses the text; false when there is no resource, with file issues saying why.</summary>
    /// <param name="clean">Whether the parser reported no problem.</param>
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

    /// <summary>Adds a device; false (and an issue) when the device limit is reached.</summary>
    private bool Add(FhirDevice device, string location, string file, string? fullUrl, bool clean)
    {
        if (entries.Count >= options.MaxDevices)
        {
            fileIssues.Add(new InventoryIssue(location, "file", string.Create(CultureInfo.InvariantCulture,
                $"more than {options.MaxDevices} devices, the limit; reading stopped")));
            return false;
        }

        entries.Add(FhirDeviceMapping.ToEntry(device, location, file, fullUrl, clean));
        return true;
    }
}
