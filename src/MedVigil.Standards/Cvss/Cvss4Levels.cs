namespace MedVigil.Standards.Cvss;

/// <summary>The v4.0 severity level of each value of the scoring metrics, in steps of 0.1 (lower is more severe).</summary>
internal static class Cvss4Levels
{
    // [scoring metric][letter - 'A']; -1 where the letter is not a value of the metric.
    private static readonly sbyte[][] Table = Build();

    public static int Of(int metric, char letter) =>
        Table[metric][letter - 'A'] is var level and >= 0
            ? level
            : throw new InvalidOperationException($"Cvss4Data has no severity level for {Cvss4Metrics.Catalog[metric].Name}:{letter}.");

    /// <summary>Fills <paramref name="levels"/> with the level of each effective value.</summary>
    public static void Resolve(ReadOnlySpan<char> effective, Span<int> levels)
    {
        for (var i = 0; i < effective.Length; i++)
        {
            levels[i] = Table[i][effective[i] - 'A'];
        }
    }

    private static sbyte[][] Build()
    {
        var table = new sbyte[Cvss4Metrics.Scoring][];
        for (var metric = 0; metric < table.Length; metric++)
        {
            table[metric] = [.. Enumerable.Repeat((sbyte)-1, 26)];
        }

        foreach (var (metric, value, steps) in Cvss4Data.SeverityLevels)
        {
            table[Cvss4Metrics.Catalog.IndexOf(metric)][value[0] - 'A'] = (sbyte)steps;
        }

        return table;
    }
}
