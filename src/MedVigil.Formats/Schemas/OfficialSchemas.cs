namespace MedVigil.Formats.Schemas;

/// <summary>
/// Finds the official JSON schemas of a format anywhere under a folder (the layout of the shared data or of a
/// download of the official repositories), for strict validation. CSAF's schema references FIRST's CVSS schemas, two of
/// them draft-04: <see cref="ReferencedSchemaText"/> upgrades them on load.
/// </summary>
public static class OfficialSchemas
{
    private static readonly string[] Cvss = ["cvss-v2.0.json", "cvss-v3.0.json", "cvss-v3.1.json"];

    // Formats asserted as the official validators do, except NVD: its API's timestamps carry no offset, so asserting
    // its schema's "date-time" would refuse every record NVD publishes.
    private static readonly Dictionary<string, (string Root, string[] Referenced, bool AssertFormats)> Files = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spdx"] = ("spdx-2.3-schema.json", [], true),
        ["osv"] = ("osv-schema.json", [], true),
        ["csaf"] = ("csaf_json_schema.json", Cvss, true),
        ["nvd"] = ("cve_api_json_2.0.schema.json", Cvss, false),
        ["openvex"] = ("openvex_json_schema.json", [], true),
    };

    /// <summary>The schema set for <paramref name="format"/> under <paramref name="folder"/>, or null when it is not there.</summary>
    public static JsonSchemaSet? Find(string format, string folder)
    {
        if (!Files.TryGetValue(format, out var files) || FindFile(folder, files.Root) is not { } root)
        {
            return null;
        }

        // A referenced schema is looked for beside the root's folder first: the shared data holds other copies of the
        // CVSS schemas (cvss/schemas/, a later revision) that are not the ones the CSAF schema was published with.
        var near = Path.GetDirectoryName(Path.GetDirectoryName(root)) ?? folder;
        var set = JsonSchemaSet.Load(root, [.. files.Referenced.Select(name => FindFile(near, name) ?? FindFile(folder, name)).OfType<string>()]);
        return files.AssertFormats ? set : set.WithoutFormatAssertion();
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
