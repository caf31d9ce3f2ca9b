namespace MedVigil.Standards.Cvss;

/// <summary>
/// The CVSS v4.0 metrics, in the order a vector must list them (specification §7), built from the embedded
/// <see cref="Cvss4Data"/>. The first fifteen (Base, E, CR, IR, AR) are the ones scoring reads.
/// </summary>
internal static class Cvss4Metrics
{
    public const int AV = 0, AC = 1, AT = 2, PR = 3, UI = 4, VC = 5, VI = 6, VA = 7, SC = 8, SI = 9, SA = 10;
    public const int E = 11, CR = 12, IR = 13, AR = 14;

    /// <summary>How many metrics scoring reads: indices 0 to 14 above.</summary>
    public const int Scoring = 15;

    public static readonly CvssMetricCatalog Catalog = new("CVSS v4.0", "CVSS:4.0/", orderRequired: true,
        [.. Cvss4Data.MetricOrder.Select(m => new CvssMetric(
            m.Metric, Enum.Parse<CvssMetricGroup>(m.Group), m.Mandatory ? null : "X", [.. m.Values.Where(v => v != "X")]))]);

    private static readonly string[] ScoringNames = ["AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA", "E", "CR", "IR", "AR"];

    // Per scoring metric and value code, the one-letter effective value; code 0 of a Base metric is its
    // 'notDefinedAs' value (E → A, CR/IR/AR → H), code 0 of a Modified metric is '\0' (fall back to the Base metric).
    private static readonly char[][] BaseLetters = [.. Enumerable.Range(0, Scoring).Select(BaseLettersOf)];
    private static readonly char[][] ModifiedLetters = [.. Enumerable.Range(0, Scoring).Select(ModifiedLettersOf)];
    private static readonly int[] ModifiedIndex = [.. Enumerable.Range(0, Scoring).Select(ModifiedIndexOf)];

    static Cvss4Metrics()
    {
        for (var i = 0; i < Scoring; i++)
        {
            if (Catalog[i].Name != ScoringNames[i])
            {
                throw new InvalidOperationException($"Cvss4Data lists {Catalog[i].Name} where scoring expects {ScoringNames[i]}.");
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="effective"/> (15 letters) with the value scoring uses for each scoring metric:
    /// the Modified metric when defined, else the Base metric, else the 'notDefinedAs' worst case.
    /// </summary>
    public static void Resolve(CvssMetricValues values, Span<char> effective)
    {
        for (var i = 0; i < Scoring; i++)
        {
            var modified = ModifiedIndex[i] < 0 ? '\0' : ModifiedLetters[i][values[ModifiedIndex[i]]];
            effective[i] = modified != '\0' ? modified : BaseLetters[i][values[i]];
        }
    }

    private static char[] BaseLettersOf(int metric)
    {
        var notDefinedAs = Cvss4Data.NotDefinedAs.Where(n => n.Metric == Catalog[metric].Name).Select(n => n.Value[0]).FirstOrDefault();
        return [notDefinedAs, .. Catalog[metric].Values.Select(v => v[0])];
    }

    private static char[] ModifiedLettersOf(int metric) =>
        ModifiedIndexOf(metric) is var index and >= 0 ? ['\0', .. Catalog[index].Values.Select(v => v[0])] : [];

    private static int ModifiedIndexOf(int metric) =>
        Cvss4Data.Modifies.Where(m => m.Base == Catalog[metric].Name).Select(m => Catalog.IndexOf(m.Modified)).DefaultIfEmpty(-1).First();
}
