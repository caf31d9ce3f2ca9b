using static MedVigil.Standards.Cvss.Cvss2Metrics;

namespace MedVigil.Standards.Cvss;

/// <summary>
/// CVSS v2.0 equations (Complete Guide §3.2.1–§3.2.3) in decimal arithmetic with round-half-up to one decimal.
/// The 729 Base scores are computed once into a table.
/// </summary>
internal static class Cvss2Scoring
{
    // Weights indexed by value code (Cvss2Metrics value order); index 0 is Not Defined (ND) where the metric allows it.
    private static readonly decimal[] AccessVector = [0, 0.395m, 0.646m, 1.0m];
    private static readonly decimal[] AccessComplexity = [0, 0.35m, 0.61m, 0.71m];
    private static readonly decimal[] Authentication = [0, 0.45m, 0.56m, 0.704m];
    private static readonly decimal[] Impact = [0, 0m, 0.275m, 0.660m];
    private static readonly decimal[] Exploitability = [1, 0.85m, 0.90m, 0.95m, 1];
    private static readonly decimal[] RemediationLevel = [1, 0.87m, 0.90m, 0.95m, 1];
    private static readonly decimal[] ReportConfidence = [1, 0.90m, 0.95m, 1];
    private static readonly decimal[] CollateralDamage = [0, 0, 0.1m, 0.3m, 0.4m, 0.5m];
    private static readonly decimal[] TargetDistribution = [1, 0, 0.25m, 0.75m, 1];
    private static readonly decimal[] Requirement = [1, 0.5m, 1, 1.51m];

    private const int BaseCombinations = 3 * 3 * 3 * 3 * 3 * 3;

    private static readonly byte[] BaseTable = BuildBaseTable();

    public static CvssScore Base(CvssMetricValues values) => CvssScore.FromTenths(BaseTable[BaseIndex(values)]);

    /// <summary>round(BaseScore × E × RL × RC).</summary>
    public static CvssScore Temporal(CvssMetricValues values) =>
        CvssScore.FromValue(Round(Base(values).Value * TemporalFactor(values)));

    /// <summary>
    /// round((AdjustedTemporal + (10 − AdjustedTemporal) × CDP) × TD), AdjustedTemporal from the AdjustedImpact;
    /// floored at 0.0, the one place a v2.0 equation can go negative.
    /// </summary>
    public static CvssScore Environmental(CvssMetricValues values)
    {
        var adjustedImpact = Math.Min(10, 10.41m * (1 - ((1 - (Impact[values[C]] * Requirement[values[CR]]))
                                                        * (1 - (Impact[values[I]] * Requirement[values[IR]]))
                                                        * (1 - (Impact[values[A]] * Requirement[values[AR]])))));
        var adjustedTemporal = Round(BaseEquation(adjustedImpact, values) * TemporalFactor(values));
        var environmental = Round((adjustedTemporal + ((10 - adjustedTemporal) * CollateralDamage[values[CDP]])) * TargetDistribution[values[TD]]);
        return CvssScore.FromValue(Math.Max(0, environmental));
    }

    private static byte[] BuildBaseTable()
    {
        var table = new byte[BaseCombinations];
        for (var index = 0; index < BaseCombinations; index++)
        {
            var values = default(CvssMetricValues);
            for (int metric = A, rest = index; metric >= AV; metric--, rest /= 3)
            {
                values = values.With(metric, (rest % 3) + 1);
            }

            var impact = 10.41m * (1 - ((1 - Impact[values[C]]) * (1 - Impact[values[I]]) * (1 - Impact[values[A]])));
            table[index] = (byte)CvssScore.FromValue(Math.Max(0, BaseEquation(impact, values))).Tenths;
        }

        return table;
    }

    /// <summary>The six Base codes as a base-3 number (AV most significant), the index into the Base table.</summary>
    private static int BaseIndex(CvssMetricValues v) =>
        ((((((((((v[AV] - 1) * 3) + v[AC] - 1) * 3) + v[Au] - 1) * 3) + v[C] - 1) * 3) + v[I] - 1) * 3) + v[A] - 1;

    /// <summary>
    /// round(((0.6 × Impact) + (0.4 × Exploitability) − 1.5) × f(Impact)). Literal, without a floor: with an
    /// AdjustedImpact lowered by Requirements it can go below 0, and the Guide carries that into AdjustedTemporal.
    /// </summary>
    private static decimal BaseEquation(decimal impact, CvssMetricValues values)
    {
        var exploitability = 20 * AccessVector[values[AV]] * AccessComplexity[values[AC]] * Authentication[values[Au]];
        var f = impact == 0 ? 0 : 1.176m;
        return Round(((0.6m * impact) + (0.4m * exploitability) - 1.5m) * f);
    }

    private static decimal TemporalFactor(CvssMetricValues values) =>
        Exploitability[values[E]] * RemediationLevel[values[RL]] * ReportConfidence[values[RC]];

    private static decimal Round(decimal value) => decimal.Round(value, 1, MidpointRounding.AwayFromZero);
}
