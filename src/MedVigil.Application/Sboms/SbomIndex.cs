using System.Globalization;

namespace MedVigil.Application.Sboms;

/// <summary>One row of an SBOM index: the SBOM's full path and the product it is for (blank parts come from the SBOM).</summary>
public sealed record SbomIndexRow(int Line, string File, string? Manufacturer, string? Model, string? Version);

/// <summary>A row of an SBOM index that cannot be used, with its line.</summary>
public sealed record SbomIndexIssue(int Line, string Message)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}");
}

/// <summary>
/// Reads an SBOM index CSV: a header <c>file,manufacturer,model,version</c> (any order), one SBOM per row, paths
/// relative to the CSV's folder. Fields may be quoted (<c>"Acme, Inc."</c>, <c>""</c> for a quote).
/// </summary>
public static class SbomIndex
{
    private static readonly string[] Columns = ["file", "manufacturer", "model", "version"];

    public static (IReadOnlyList<SbomIndexRow> Rows, IReadOnlyList<SbomIndexIssue> Issues) Read(string csvPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(csvPath))!;
        var lines = File.ReadAllLines(csvPath);
        var rows = new List<SbomIndexRow>();
        var issues = new List<SbomIndexIssue>();
        if (lines.Length == 0)
        {
            return (rows, [new SbomIndexIssue(1, "the file is empty; expected the header file,manufacturer,model,version")]);
        }

        var header = Split(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return (rows, [new SbomIndexIssue(1, $"the header lacks {string.Join(", ", missing)}")]);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Split(lines[i]);
            if (fields.Count != header.Count)
            {
                issues.Add(new SbomIndexIssue(i + 1, string.Create(CultureInfo.InvariantCulture,
                    $"{fields.Count} fields, the header has {header.Count}")));
                continue;
            }

            string? Get(string column) => SbomComponent.Clean(fields[header.IndexOf(column)]);
            if (Get("file") is not { } file)
            {
                issues.Add(new SbomIndexIssue(i + 1, "file is empty"));
                continue;
            }

            rows.Add(new SbomIndexRow(i + 1, Path.GetFullPath(Path.Combine(folder, file)), Get("manufacturer"), Get("model"), Get("version")));
        }

        return (rows, issues);
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
