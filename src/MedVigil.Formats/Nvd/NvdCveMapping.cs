using MedVigil.Formats.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedVigil.Formats.Kev;

namespace MedVigil.Formats.Nvd;

/// <summary>Maps one <c>cve</c> object from JSON, checking what the NVD CVE API 2.0 schema requires.</summary>
internal static partial class NvdCveMapping
{
    // The metric lists in the order they are kept, with the CVSS version each holds.
    private static readonly (string Property, string Version)[] MetricLists =
        [("cvssMetricV2", "2.0"), ("cvssMetricV30", "3.0"), ("cvssMetricV31", "3.1"), ("cvssMetricV40", "4.0")];

    /// <summary>Maps an item of <c>vulnerabilities</c>, <c>{"cve": {…}}</c>.</summary>
    public static NvdCve? Item(JsonFields f, JsonElement item, string p) =>
        f.IsObject(item, p) && f.Property(item, p, "cve", required: true) is { } cve ? Cve(f, cve, p + "/cve") : null;

    private static NvdCve? Cve(JsonFields f, JsonElement e, string p)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var id = f.String(e, p, "id", required: true);
        if (id is not null && !CveId().IsMatch(id))
        {
            f.Error(p + "/id", "nvd-cve-id", $"'{id}' is not a CVE id.");
            id = null;
        }

        var published = f.Timestamp(e, p, "published", required: true);
        var modified = f.Timestamp(e, p, "lastModified", required: true);
        var cve = new NvdCve(
            id ?? "",
            f.String(e, p, "sourceIdentifier"),
            published ?? default,
            modified ?? default,
            f.String(e, p, "vulnStatus"),
            Texts(f, e, p, "descriptions", required: true),
            Metrics(f, e, p),
            f.Array(e, p, "weaknesses", (w, at) => Weakness(f, w, at)),
            NvdConfigurationMapping.Configurations(f, e, p),
            NvdConfigurationMapping.References(f, e, p, required: true));
        return id is null || published is null || modified is null ? null : cve;
    }

    private static IReadOnlyList<NvdText> Texts(JsonFields f, JsonElement e, string p, string name, bool required = false) =>
        f.Array(e, p, name, (t, at) => f.IsObject(t, at) && f.String(t, at, "lang", required: true) is { } lang
            && f.String(t, at, "value", required: true) is { } value ? new NvdText(lang, value) : null, required);

    private static NvdWeakness? Weakness(JsonFields f, JsonElement e, string p)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var source = f.String(e, p, "source", required: true);
        var type = f.String(e, p, "type", required: true);
        var description = Texts(f, e, p, "description", required: true);
        return source is null || type is null ? null : new NvdWeakness(source, type, description);
    }

    private static List<NvdCvssMetric> Metrics(JsonFields f, JsonElement e, string p)
    {
        var metrics = new List<NvdCvssMetric>();
        if (f.Property(e, p, "metrics", required: false) is not { } all || !f.IsObject(all, p + "/metrics"))
        {
            return metrics;
        }

        foreach (var (property, version) in MetricLists)
        {
            metrics.AddRange(f.Array(all, p + "/metrics", property, (m, at) => Metric(f, m, at, version)));
        }

        return metrics;
    }

    private static NvdCvssMetric? Metric(JsonFields f, JsonElement e, string p, string version)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var source = f.String(e, p, "source", required: true);
        var type = f.String(e, p, "type", required: true);
        if (f.Property(e, p, "cvssData", required: true) is not { } data || !f.IsObject(data, p + "/cvssData"))
        {
            return null;
        }

        var at = p + "/cvssData";
        var vector = f.String(data, at, "vectorString", required: true);
        var score = f.Number(data, at, "baseScore", required: true);
        if (score is < 0 or > 10)
        {
            f.Error(at + "/baseScore", "nvd-score", $"The base score {score} is not from 0 to 10.");
            score = null;
        }

        var severity = f.String(data, at, "baseSeverity") ?? f.String(e, p, "baseSeverity");
        return source is null || type is null || vector is null || score is null
            ? null
            : new NvdCvssMetric(version, source, type, vector, score.Value, severity);
    }

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CveId();
}
