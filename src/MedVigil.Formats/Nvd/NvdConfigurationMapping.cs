using MedVigil.Formats.Common;
using System.Text.Json;
using MedVigil.Formats.Kev;

namespace MedVigil.Formats.Nvd;

/// <summary>Maps <c>configurations</c> (and references, shared with overrides) from JSON, checking what the NVD schema requires.</summary>
internal static class NvdConfigurationMapping
{
    public static IReadOnlyList<NvdConfiguration> Configurations(JsonFields f, JsonElement cve, string p) =>
        f.Array(cve, p, "configurations", (e, at) => Configuration(f, e, at));

    public static IReadOnlyList<NvdReference> References(JsonFields f, JsonElement cve, string p, bool required) =>
        f.Array(cve, p, "references", (e, at) => Reference(f, e, at), required);

    private static NvdConfiguration? Configuration(JsonFields f, JsonElement e, string p)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var op = f.String(e, p, "operator") is { } text ? Operator(f, text, p) : null;
        var nodes = f.Array(e, p, "nodes", (n, at) => Node(f, n, at), required: true);
        return new NvdConfiguration(op, f.Boolean(e, p, "negate") ?? false, nodes);
    }

    private static NvdNode? Node(JsonFields f, JsonElement e, string p)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var op = f.String(e, p, "operator", required: true) is { } text ? Operator(f, text, p) : null;
        var matches = f.Array(e, p, "cpeMatch", (m, at) => Match(f, m, at), required: true);
        return op is null ? null : new NvdNode(op.Value, f.Boolean(e, p, "negate") ?? false, matches);
    }

    private static NvdCpeMatch? Match(JsonFields f, JsonElement e, string p)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var vulnerable = f.Boolean(e, p, "vulnerable", required: true);
        var criteria = f.String(e, p, "criteria", required: true);
        if (criteria is not null && !criteria.StartsWith("cpe:2.3:", StringComparison.Ordinal))
        {
            f.Error(p + "/criteria", "nvd-cpe", $"'{criteria}' is not a CPE 2.3 formatted string.");
            criteria = null;
        }

        var id = f.String(e, p, "matchCriteriaId", required: true);
        return vulnerable is null || criteria is null || id is null
            ? null
            : new NvdCpeMatch(vulnerable.Value, criteria, id, f.String(e, p, "versionStartIncluding"), f.String(e, p, "versionStartExcluding"),
                f.String(e, p, "versionEndIncluding"), f.String(e, p, "versionEndExcluding"));
    }

    private static NvdReference? Reference(JsonFields f, JsonElement e, string p) =>
        f.IsObject(e, p) && f.String(e, p, "url", required: true) is { } url
            ? new NvdReference(url, f.String(e, p, "source"), f.Strings(e, p, "tags"))
            : null;

    private static NvdOperator? Operator(JsonFields f, string text, string p)
    {
        switch (text)
        {
            case "OR":
                return NvdOperator.Or;
            case "AND":
                return NvdOperator.And;
            default:
                f.Error(p + "/operator", "nvd-operator", $"The operator '{text}' is neither AND nor OR.");
                return null;
        }
    }
}
