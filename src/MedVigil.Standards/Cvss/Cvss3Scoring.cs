using static MedVigil.Standards.Cvss.Cvss3Metrics;

namespace MedVigil.Standards.Cvss;

/// <summary>
/// CVSS v3.0 and v3.1 equations (the specifications' Equations sections; v3.1 §7) in decimal arithmetic, so products such as
/// 8.22 × 0.85 × 0.77 are exact and Roundup sees the true value. The 2,592 Base scores of each version are
/// computed once into a table; Temporal and Environmental scores are computed on demand.
/// </summary>
internal static class Cvss3Scoring
{
    // Weights indexed by value code (Cvss3Metrics value order); index 0 is Not Defined where the metric allows it.
    private static readonly decimal[] AttackVector = [0, 0.85m, 0.62m, 0.55m, 0.2m];
    private static readonly decimal[] AttackComplexity = [0, 0.77m, 0.44m];
    private static readonly decimal[] PrivilegesScopeUnchanged = [0, 0.85m, 0.62m, 0.27m];
    private static readonly decimal[] PrivilegesScopeChanged = [0, 0.85m, 0.68m, 0.5m];
    private static readonly decimal[] UserInteraction = [0, 0.85m, 0.62m];
    private static readonly decimal[] Impact = [0, 0.56m, 0.22m, 0m];
    private static readonly decimal[] ExploitMaturity = [1, 0.91m, 0.94m, 0.97m, 1];
    private static readonly decimal[] RemediationLevel = [1, 0.95m, 0.96m, 0.97m, 1];
    private static readonly decimal[] ReportConfidence = [1, 0.92m, 0.96m, 1];
    private static readonly decimal[] Requirement = [1, 0.5m, 1, 1.5m];

    private const int ScopeChanged = 2;
    private const int BaseCombinations = 4 * 2 * 3 * 2 * 2 * 3 * 3 * 3;

    private static readonly byte[] BaseV30 = BuildBaseTable(CvssVersion.V30);
    private static readonly byte[] BaseV31 = BuildBaseTable(CvssVersion.V31);

    public static CvssScore Base(CvssVersion version, CvssMetricValues values) =>
        CvssScore.FromTenths((version == CvssVersion.V30 ? BaseV30 : BaseV31)[BaseIndex(values)]);

    /// <summary>Roundup(BaseScore × E × RL × RC).</summary>
    public static CvssScore Temporal(CvssVersion version, CvssMetricValues values) =>
        ToScore(Roundup(version, Base(version, values).Value * TemporalFactor(values)));

    /// <summary>The Environmental score: the Base equations over the Modified metrics and Requirements, then the Temporal factor.</summary>
    public static CvssScore Environmental(CvssVersion version, CvssMetricValues values)
    {
        var scope = Effective(values, S);
        var isc = Math.Min(1 - ((1 - (Impact[Effective(values, C)] * Requirement[values[CR]]))
                                * (1 - (Impact[Effective(values, I)] * Requirement[values[IR]]))
                                * (1 - (Impact[Effective(values, A)] * Requirement[values[AR]]))), 0.915m);
        var impact = scope != ScopeChanged ? 6.42m * isc
            : version == CvssVersion.V30 ? ChangedImpact(isc)
            : (7.52m * (isc - 0.029m)) - (3.25m * Power((isc * 0.9731m) - 0.02m, 13));
        var exploitability = Exploitability(
            Effective(values, AV), Effective(values, AC), Effective(values, PR), Effective(values, UI), scope);
        return impact <= 0
            ? CvssScore.FromTenths(0)
            : ToScore(Roundup(version, Roundup(version, Combine(impact, exploitability, scope)) * TemporalFactor(values)));
    }

    private static byte[] BuildBaseTable(CvssVersion version)
    {
        var table = new byte[BaseCombinations];
        for (var index = 0; index < BaseCombinations; index++)
        {
            var values = BaseValues(index);
            var scope = values[S];
            var isc = 1 - ((1 - Impact[values[C]]) * (1 - Impact[values[I]]) * (1 - Impact[values[A]]));
            var impact = scope == ScopeChanged ? ChangedImpact(isc) : 6.42m * isc;
            var exploitability = Exploitability(values[AV], values[AC], values[PR], values[UI], scope);
            table[index] = (byte)(impact <= 0 ? 0 : ToScore(Roundup(version, Combine(impact, exploitability, scope))).Tenths);
        }

        return table;
    }

    /// <summary>The Base metric codes as a mixed-radix number (AV most significant), the index into the Base table.</summary>
    private static int BaseIndex(CvssMetricValues v) =>
        ((((((((((((((v[AV] - 1) * 2) + v[AC] - 1) * 3) + v[PR] - 1) * 2) + v[UI] - 1) * 2) + v[S] - 1) * 3)
            + v[C] - 1) * 3) + v[I] - 1) * 3) + v[A] - 1;

    private static CvssMetricValues BaseValues(int index)
    {
        var values = default(CvssMetricValues);
        ReadOnlySpan<int> radices = [3, 3, 3, 2, 2, 3, 2, 4];
        ReadOnlySpan<int> metrics = [A, I, C, S, UI, PR, AC, AV];
        for (var i = 0; i < metrics.Length; i++)
        {
            values = values.With(metrics[i], (index % radices[i]) + 1);
            index /= radices[i];
        }

        return values;
    }

    private static decimal ChangedImpact(decimal isc) => (7.52m * (isc - 0.029m)) - (3.25m * Power(isc - 0.02m, 15));

    private static decimal Exploitability(int av, int ac, int pr, int ui, int scope) =>
        8.22m * AttackVector[av] * AttackComplexity[ac]
        * (scope == ScopeChanged ? PrivilegesScopeChanged : PrivilegesScopeUnchanged)[pr] * UserInteraction[ui];

    private static decimal Combine(decimal impact, decimal exploitability, int scope) =>
        Math.Min(scope == ScopeChanged ? 1.08m * (impact + exploitability) : impact + exploitability, 10);

    private static decimal TemporalFactor(CvssMetricValues values) =>
        ExploitMaturity[values[E]] * RemediationLevel[values[RL]] * ReportConfidence[values[RC]];

    /// <summary>
    /// v3.0: the smallest one-decimal number ≥ the input. v3.1 (Appendix A): the same computed on the input rounded to
    /// five decimals, so a value a hair above x.y (float noise in other implementations) stays x.y.
    /// </summary>
    internal static decimal Roundup(CvssVersion version, decimal value)
    {
        if (version == CvssVersion.V30)
        {
            return decimal.Ceiling(value * 10) / 10;
        }

        var integer = decimal.Round(value * 100_000, MidpointRounding.AwayFromZero);
        return integer % 10_000 == 0 ? integer / 100_000 : (decimal.Floor(integer / 10_000) + 1) / 10;
    }

    private static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }

    private static CvssScore ToScore(decimal roundedValue) => CvssScore.FromValue(roundedValue);
}
