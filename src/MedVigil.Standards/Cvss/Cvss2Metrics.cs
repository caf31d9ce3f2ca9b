namespace MedVigil.Standards.Cvss;

/// <summary>
/// The CVSS v2.0 metrics (Complete Guide §2, vectors §2.4). Metrics may come in any order; the
/// canonical form uses this one. Value lists follow the weight tables in <see cref="Cvss2Scoring"/>.
/// </summary>
internal static class Cvss2Metrics
{
    public const int AV = 0, AC = 1, Au = 2, C = 3, I = 4, A = 5, E = 6, RL = 7, RC = 8;
    public const int CDP = 9, TD = 10, CR = 11, IR = 12, AR = 13;

    public static readonly CvssMetricCatalog Catalog = new("CVSS v2.0", "", orderRequired: false,
        new CvssMetric("AV", CvssMetricGroup.Base, null, "L", "A", "N"),
        new CvssMetric("AC", CvssMetricGroup.Base, null, "H", "M", "L"),
        new CvssMetric("Au", CvssMetricGroup.Base, null, "M", "S", "N"),
        new CvssMetric("C", CvssMetricGroup.Base, null, "N", "P", "C"),
        new CvssMetric("I", CvssMetricGroup.Base, null, "N", "P", "C"),
        new CvssMetric("A", CvssMetricGroup.Base, null, "N", "P", "C"),
        new CvssMetric("E", CvssMetricGroup.Temporal, "ND", "U", "POC", "F", "H"),
        new CvssMetric("RL", CvssMetricGroup.Temporal, "ND", "OF", "TF", "W", "U"),
        new CvssMetric("RC", CvssMetricGroup.Temporal, "ND", "UC", "UR", "C"),
        new CvssMetric("CDP", CvssMetricGroup.Environmental, "ND", "N", "L", "LM", "MH", "H"),
        new CvssMetric("TD", CvssMetricGroup.Environmental, "ND", "N", "L", "M", "H"),
        new CvssMetric("CR", CvssMetricGroup.Environmental, "ND", "L", "M", "H"),
        new CvssMetric("IR", CvssMetricGroup.Environmental, "ND", "L", "M", "H"),
        new CvssMetric("AR", CvssMetricGroup.Environmental, "ND", "L", "M", "H"));
}
