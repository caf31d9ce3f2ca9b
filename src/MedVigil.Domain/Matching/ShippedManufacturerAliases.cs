using System.Globalization;

namespace MedVigil.Domain.Matching;

/// <summary>Reads the shipped alias table, <c>ManufacturerAliases.tsv</c>, embedded in this assembly.</summary>
internal static class ShippedManufacturerAliases
{
    public const string ResourceName = "MedVigil.Domain.Matching.ManufacturerAliases.tsv";

    /// <summary>The shipped table; a malformed or contradictory file is a build defect, so it throws.</summary>
    public static ManufacturerAliases Load()
    {
        using var stream = typeof(ShippedManufacturerAliases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var created = ManufacturerAliases.Create(Parse(reader.ReadToEnd()));
        return created.IsSuccess ? created.Value : throw new InvalidOperationException("The shipped alias table is invalid: " + created.Error.Message);
    }

    /// <summary>The rows of the TSV text: '#' lines and the header skipped; columns alias, canonical, kind, since, scope, note.</summary>
    public static IEnumerable<ManufacturerAliasEntry> Parse(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("alias\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 6 || !Enum.TryParse<ManufacturerAliasKind>(cells[2], ignoreCase: true, out var kind) || !int.TryParse(cells[3].Length == 0 ? "0" : cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var since))
            {
                throw new InvalidOperationException($"{ResourceName} line {i + 1}: expected alias, canonical, alias|lineage, year or empty, scope, note.");
            }

            var scope = cells[4].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            yield return new ManufacturerAliasEntry(cells[0], cells[1], kind, since == 0 ? null : since, scope, cells[5].Length == 0 ? null : cells[5], ManufacturerAliasEntry.ShippedOrigin);
        }
    }
}
