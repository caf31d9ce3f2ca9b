namespace MedVigil.Formats.Schemas;

/// <summary>
/// Finds the official JSON schemas of a format anywhere under a folder (the layout of the shared data or of a
/// download of the official repositories), for strict validation. CSAF is not here yet: its schema references
/// FIRST's draft-04 CVSS schemas, which JsonSchema.Net does not read; CSAF documents get the typed reader's
/// mandatory tests (§6.1), which check more than the schema.
/// </summary>
public static class OfficialSchemas
{
    private static readonly Dictionary<string, (string Root, string[] Referenced)> Files = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spdx"] = ("spdx-2.3-schema.json", []),
        ["osv"] = ("osv-schema.json", []),
    };

    /// <summary>The schema set for <paramref name="format"/> under <paramref name="folder"/>, or null when it is not there.</summary>
    public static JsonSchemaSet? Find(string format, string folder)
    {
        if (!Files.TryGetValue(format, out var files) || FindFile(folder, files.Root) is not { } root)
        {
            return null;
        }

        return JsonSchemaSet.Load(root, [.. files.Referenced.Select(name => FindFile(folder, name)).OfType<string>()]);
    }

    /// <summary>The folder under <paramref name="folder"/> that holds the CycloneDX <c>bom-*.schema.json</c> files.</summary>
    public static SchemaFolder? CycloneDx(string folder) =>
        FindFile(folder, "bom-1.6.schema.json") is { } any ? new SchemaFolder(Path.GetDirectoryName(any)!) : null;

    // The copy nearest the top wins: a folder may also hold drafts of the next version further down (csaf_2.1/…).
    private static string? FindFile(string folder, string name) =>
        Directory.EnumerateFiles(folder, name, SearchOption.AllDirectories)
            .OrderBy(path => path.Count(c => c == Path.DirectorySeparatorChar))
            .ThenBy(path => path, StringComparer.Ordinal)
            .FirstOrDefault();
}
