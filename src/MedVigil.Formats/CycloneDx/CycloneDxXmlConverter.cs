using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.CycloneDx;

/// <summary>
/// Turns a CycloneDX XML BOM into the JSON form of the same version, so one mapper and one set of checks serve both
/// syntaxes. The XML is parsed without DTDs, entities or external resources, within the size and depth limits.
/// </summary>
internal static class CycloneDxXmlConverter
{
    private const string NamespacePrefix = "http://cyclonedx.org/schema/bom/";

    public static ReadResult<JsonDocument> Convert(byte[] bytes, ReaderLimits limits)
    {
        XDocument xml;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = limits.MaxBytes,
                MaxCharactersFromEntities = 0,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"line {e.LineNumber}, column {e.LinePosition}");
            return ReadResult<JsonDocument>.Failed(new FormatIssue(where, "xml-syntax", "Not valid XML: " + e.Message));
        }

        var root = xml.Root!;
        var ns = root.Name.NamespaceName;
        if (root.Name.LocalName != "bom" || !ns.StartsWith(NamespacePrefix, StringComparison.Ordinal))
        {
            return ReadResult<JsonDocument>.Failed(new FormatIssue("", "bom-format",
                $"The root element must be <bom> in the namespace {NamespacePrefix}1.x, not <{root.Name.LocalName}> in \"{ns}\"."));
        }

        var converter = new CycloneDxXmlElements(root.Name.Namespace, limits.MaxDepth);
        var json = converter.Object(root, 1);
        if (converter.TooDeep is { } deep)
        {
            var line = (IXmlLineInfo)deep;
            return ReadResult<JsonDocument>.Failed(new FormatIssue(string.Create(CultureInfo.InvariantCulture, $"line {line.LineNumber}, column {line.LinePosition}"),
                "limit-depth", string.Create(CultureInfo.InvariantCulture, $"The XML is nested deeper than {limits.MaxDepth} levels.")));
        }

        json["bomFormat"] = "CycloneDX";
        json["specVersion"] = ns[NamespacePrefix.Length..];
        var text = json.ToJsonString();
        return new ReadResult<JsonDocument>(JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = (limits.MaxDepth * 2) + 2 }), []);
    }
}
