namespace MedVigil.Standards.Cvss;

/// <summary>
/// The CVSS v3.0/v3.1 metrics (specification §2–§4 and §6, Vector String). Metrics may come in any order;
/// the canonical form uses this one. Each value list puts the values in the order of the weight tables in
/// <see cref="Cvss3Scoring"/>, and a Modified metric lists its values like the Base metric it modifies.
/// </summary>
internal static class Cvss3Metrics
{
    public const int AV = 0, AC = 1, PR = 2, UI = 3, S = 4, C = 5, I = 6, A = 7;
    public const int E = 8, RL = 9, RC = 10, CR = 11, IR = 12, AR = 13;

    /// <summary>MAV is AV + Modified, MAC is AC + Modified, … MA is A + Modified.</summary>
    public const int Modified = 14;

    private static readonly CvssMetric[] All =
    [
        new("AV", CvssMetricGroup.Base, null, "N", "A", "L", "P"),
        new("AC", CvssMetricGroup.Base, null, "L", "H"),
        new("PR", CvssMetricGroup.Base, null, "N", "L", "H"),
        new("UI", CvssMetricGroup.Base, null, "N", "R"),
        new("S", CvssMetricGroup.Base, null, "U", "C"),
        new("C", CvssMetricGroup.Base, null, "H", "L", "N"),
        new("I", CvssMetricGroup.Base, null, "H", "L", "N"),
        new("A", CvssMetricGroup.Base, null, "H", "L", "N"),
        new("E", CvssMetricGroup.Temporal, "X", "U", "P", "F", "H"),
        new("RL", CvssMetricGroup.Temporal, "X", "O", "T", "W", "U"),
        new("RC", CvssMetricGroup.Temporal, "X", "U", "R", "C"),
        new("CR", CvssMetricGroup.Environmental, "X", "L", "M", "H"),
        new("IR", CvssMetricGroup.Environmental, "X", "L", "M", "H"),
        new("AR", CvssMetricGroup.Environmental, "X", "L", "M", "H"),
        new("MAV", CvssMetricGroup.Environmental, "X", "N", "A", "L", "P"),
        new("MAC", CvssMetricGroup.Environmental, "X", "L", "H"),
        new("MPR", CvssMetricGroup.Environmental, "X", "N", "L", "H"),
        new("MUI", CvssMetricGroup.Environmental, "X", "N", "R"),
        new("MS", CvssMetricGroup.Environmental, "X", "U", "C"),
        new("MC", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
        new("MI", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
        new("MA", CvssMetricGroup.Environmental, "X", "H", "L", "N"),
    ];

    public static readonly CvssMetricCatalog V30 = new("CVSS v3.0", "CVSS:3.0/", orderRequired: false, All);

    public static readonly CvssMetricCatalog V31 = new("CVSS v3.1", "CVSS:3.1/", orderRequired: false, All);

    public static CvssMetricCatalog For(CvssVersion version) => version == CvssVersion.V30 ? V30 : V31;

    /// <summary>The value code a Modified metric resolves to: its own when defined, else the Base metric's.</summary>
    public static int Effective(CvssMetricValues values, int baseMetric) =>
        values[baseMetric + Modified] is var modified and > 0 ? modified : values[baseMetric];
}
