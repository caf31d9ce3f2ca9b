using System.Text.Json;
using MedVigil.Formats.Common;
using MedVigil.Formats.Schemas;

namespace MedVigil.Formats.CycloneDx;

/// <summary>
/// Reads a CycloneDX BOM, 1.2 to 1.7, in JSON or XML (told apart by the first character, <c>{</c> or <c>&lt;</c>).
/// </summary>
/// <remarks>
/// <para>The typed checks always run: <c>bomFormat</c> is <c>CycloneDX</c>, <c>specVersion</c> is supported,
/// values have their JSON types, components have names, bom-refs are unique (<c>duplicate-bom-ref</c>), and
/// references in <c>dependencies</c> and <c>affects</c> resolve (<c>dangling-ref</c>; a BOM-Link
/// <c>urn:cdx:…</c> in <c>affects</c> is accepted as it is), and the VEX values kept are in their vocabularies (<c>enum</c>).</para>
/// <para>With <see cref="CycloneDxReadOptions.SchemaFolder"/>, a JSON BOM is also validated against the official JSON
/// schema of its version (issues coded <c>schema</c>); a version without a schema in the folder (1.2, 1.3) and XML
/// BOMs (no XSD support) get a warning instead.</para>
/// <para>An XML BOM is converted to the JSON form of the same version first, so issue locations are the JSON pointers of
/// the same values in that form (an XML element's position among its like-named siblings is its index).</para>
/// </remarks>
public static class CycloneDxReader
{
    /// <summary>Reads one BOM within <paramref name="limits"/> (default limits when null), without schema validation.</summary>
    public static ReadResult<CycloneDxBom> Read(Stream content, ReaderLimits? limits = null) =>
        Read(content, CycloneDxReadOptions.Default with { Limits = limits ?? ReaderLimits.Default });

    /// <summary>Reads one BOM as <paramref name="options"/> say. The stream stays open.</summary>
    /// <exception cref="IOException">A schema file of the schema folder cannot be read (a configuration error, not bad input).</exception>
    /// <exception cref="JsonException">A schema file of the schema folder is not a usable schema.</exception>
    public static ReadResult<CycloneDxBom> Read(Stream content, CycloneDxReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = CycloneDxInput.ReadAll(content, options.Limits, out var tooLarge);
        if (tooLarge is not null)
        {
            return ReadResult<CycloneDxBom>.Failed(tooLarge);
        }

        var syntax = CycloneDxInput.LooksLikeXml(bytes) ? CycloneDxSyntax.Xml : CycloneDxSyntax.Json;
        var parsed = syntax == CycloneDxSyntax.Xml
            ? CycloneDxXmlConverter.Convert(bytes, options.Limits)
            : JsonInput.Parse(new MemoryStream(bytes, writable: false), options.Limits);
        if (parsed.Document is not { } document)
        {
            return ReadResult<CycloneDxBom>.Failed([.. parsed.Issues]);
        }

        using (document)
        {
            var walker = new CycloneDxJsonWalker(options.Limits);
            walker.AddRange(parsed.Issues);
            var bom = new CycloneDxBomMapper(walker).Map(document.RootElement, syntax);
            if (bom is not null)
            {
                CycloneDxReferenceChecks.Run(document.RootElement, walker);
                if (options.SchemaFolder is { } folder)
                {
                    Validate(document.RootElement, bom, folder, walker);
                }
            }

            return new ReadResult<CycloneDxBom>(bom, walker.Issues);
        }
    }

    /// <summary>Reads the BOM in the file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file (or a schema file) cannot be opened.</exception>
    public static ReadResult<CycloneDxBom> Read(string path, CycloneDxReadOptions? options = null)
    {
        using var file = File.OpenRead(path);
        return Read(file, options ?? CycloneDxReadOptions.Default);
    }

    private static void Validate(JsonElement root, CycloneDxBom bom, string folder, CycloneDxJsonWalker walker)
    {
        if (bom.Syntax == CycloneDxSyntax.Xml)
        {
            walker.AddRange([new FormatIssue("", "schema-unavailable", "XML BOMs are not validated against the XML schema; only the typed checks ran.", IssueSeverity.Warning)]);
            return;
        }

        if (new SchemaFolder(folder).ForVersion("bom-{version}.schema.json", bom.SpecVersion) is not { } schema)
        {
            walker.AddRange([new FormatIssue("/specVersion", "schema-unavailable", $"No schema for CycloneDX {bom.SpecVersion} in the schema folder; only the typed checks ran.", IssueSeverity.Warning)]);
            return;
        }

        walker.AddRange(schema.Validate(root));
    }
}
