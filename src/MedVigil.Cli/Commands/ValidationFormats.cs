using System.Collections.Concurrent;
using System.Text.Json;
using MedVigil.Formats.Common;
using MedVigil.Formats.CycloneDx;
using MedVigil.Formats.Csaf;
using MedVigil.Formats.Nvd;
using MedVigil.Formats.OpenVex;
using MedVigil.Formats.Osv;
using MedVigil.Formats.Schemas;
using MedVigil.Formats.Spdx;

namespace MedVigil.Cli.Commands;

/// <summary>One format <c>medvigil validate</c> knows: which files in a folder are its documents, and how to check one.</summary>
internal sealed record ValidationFormat(string Name, string[] Extensions, Func<string, string?, IReadOnlyList<FormatIssue>> Validate);

/// <summary>
/// The formats <c>medvigil validate</c> accepts. The typed reader's checks always run; with a schema folder, JSON
/// documents are also checked against the format's official JSON schema.
/// </summary>
internal static class ValidationFormats
{
    private static readonly ConcurrentDictionary<(string Format, string Folder), JsonSchemaSet?> Schemas = new();

    public static readonly IReadOnlyDictionary<string, ValidationFormat> All = new[]
    {
        new ValidationFormat("cyclonedx", [".json", ".xml"], (path, schemas) => CycloneDxReader.Read(path, new CycloneDxReadOptions
        {
            SchemaFolder = schemas is null ? null : OfficialSchemas.CycloneDx(schemas)?.Path,
        }).Issues),
        new ValidationFormat("spdx", [".json", ".spdx"], (path, schemas) => WithSchema("spdx", path, schemas, SpdxReader.Read(path).Issues)),
        new ValidationFormat("csaf", [".json"], (path, schemas) => WithSchema("csaf", path, schemas, CsafReader.Read(path).Issues)),
        new ValidationFormat("nvd", [".json"], ReadNvd),
        new ValidationFormat("osv", [".json"], (path, schemas) => WithSchema("osv", path, schemas, OsvReader.Read(path).Issues)),
        new ValidationFormat("openvex", [".json"], (path, schemas) => WithSchema("openvex", path, schemas, OpenVexReader.Read(path).Issues)),
    }.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    // An NVD file is a whole API response (a page) or one element of its "vulnerabilities" array, which the schema
    // defines as "def_cve_item".
    private static IReadOnlyList<FormatIssue> ReadNvd(string path, string? schemas)
    {
        bool record;
        using (var probe = File.OpenRead(path))
        {
            var parsed = JsonInput.Parse(probe, ReaderLimits.Default);
            record = parsed.Document is { RootElement.ValueKind: JsonValueKind.Object } document && document.RootElement.TryGetProperty("cve", out _);
            parsed.Document?.Dispose();
        }

        return record
            ? WithSchema("nvd", path, schemas, NvdCveReader.ReadRecord(path).Issues, "/definitions/def_cve_item")
            : WithSchema("nvd", path, schemas, NvdCveReader.ReadPage(path).Issues);
    }

    private static IReadOnlyList<FormatIssue> WithSchema(string format, string path, string? folder, IReadOnlyList<FormatIssue> typed, string? definition = null)
    {
        if (folder is null || path.EndsWith(".spdx", StringComparison.OrdinalIgnoreCase)
            || Schemas.GetOrAdd((format, folder), key => OfficialSchemas.Find(key.Format, key.Folder)) is not { } schema)
        {
            return typed;
        }

        var parsed = JsonInput.Parse(path, ReaderLimits.Default);
        using var document = parsed.Document;
        return document is null ? typed : [.. typed, .. schema.Validate(document.RootElement, definition)];
    }
}
