using MedVigil.Formats.Common;
using System.Text.Json;
using MedVigil.Formats.Kev;

namespace MedVigil.Formats.Osv;

/// <summary>Maps an OSV record from JSON, with the schema's checks (ranges in <see cref="OsvRangeMapping"/>).</summary>
internal static class OsvMapping
{
    private static readonly string[] SeverityTypes = ["CVSS_V2", "CVSS_V3", "CVSS_V4", "Ubuntu"];

    private static readonly string[] ReferenceTypes =
        ["ADVISORY", "ARTICLE", "DETECTION", "DISCUSSION", "REPORT", "FIX", "INTRODUCED", "GIT", "PACKAGE", "EVIDENCE", "WEB"];

    private static readonly string[] CreditTypes =
        ["FINDER", "REPORTER", "ANALYST", "COORDINATOR", "REMEDIATION_DEVELOPER", "REMEDIATION_REVIEWER", "REMEDIATION_VERIFIER", "TOOL", "SPONSOR", "OTHER"];

    public static OsvRecord? Record(JsonFields f, JsonElement e)
    {
        if (!f.IsObject(e, ""))
        {
            return null;
        }

        var id = f.String(e, "", "id", required: true);
        var modified = f.Timestamp(e, "", "modified", required: true);
        var severity = Severities(f, e, "");
        var affected = f.Array(e, "", "affected", (a, at) => Affected(f, a, at));
        if (severity.Count > 0 && affected.Any(a => a.Severity.Count > 0))
        {
            f.Error("/severity", "osv-severity-both", "A record with a top-level severity cannot also give severities per affected package.");
        }

        var record = new OsvRecord(
            id ?? "",
            f.String(e, "", "schema_version"),
            modified ?? default,
            f.Timestamp(e, "", "published"),
            f.Timestamp(e, "", "withdrawn"),
            f.Strings(e, "", "aliases"),
            f.Strings(e, "", "related"),
            f.Strings(e, "", "upstream"),
            f.String(e, "", "summary"),
            f.String(e, "", "details"),
            severity,
            affected,
            f.Array(e, "", "references", (r, at) => Reference(f, r, at)),
            f.Array(e, "", "credits", (c, at) => Credit(f, c, at)),
            OsvRangeMapping.Json(f, e, "", "database_specific"));
        return id is null || modified is null ? null : record;
    }

    private static OsvAffected? Affected(JsonFields f, JsonElement e, string p)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        OsvPackage? package = null;
        if (f.Property(e, p, "package", required: false) is { } pkg && f.IsObject(pkg, p + "/package"))
        {
            var at = p + "/package";
            var ecosystem = f.String(pkg, at, "ecosystem", required: true);
            var name = f.String(pkg, at, "name", required: true);
            package = ecosystem is null || name is null ? null : new OsvPackage(ecosystem, name, f.String(pkg, at, "purl"));
        }

        return new OsvAffected(
            package,
            Severities(f, e, p),
            f.Array(e, p, "ranges", (r, at) => OsvRangeMapping.Range(f, r, at)),
            f.Strings(e, p, "versions"),
            OsvRangeMapping.Json(f, e, p, "ecosystem_specific"),
            OsvRangeMapping.Json(f, e, p, "database_specific"));
    }

    private static IReadOnlyList<OsvSeverity> Severities(JsonFields f, JsonElement e, string p) =>
        f.Array(e, p, "severity", (s, at) => f.IsObject(s, at) && Enumerated(f, s, at, "type", SeverityTypes, required: true) is { } type
            && f.String(s, at, "score", required: true) is { } score ? new OsvSeverity(type, score) : null);

    private static OsvReference? Reference(JsonFields f, JsonElement e, string p) =>
        f.IsObject(e, p) && Enumerated(f, e, p, "type", ReferenceTypes, required: true) is { } type
        && f.String(e, p, "url", required: true) is { } url ? new OsvReference(type, url) : null;

    private static OsvCredit? Credit(JsonFields f, JsonElement e, string p)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var name = f.String(e, p, "name", required: true);
        var contact = f.Strings(e, p, "contact");
        var type = Enumerated(f, e, p, "type", CreditTypes, required: false);
        return name is null ? null : new OsvCredit(name, contact, type);
    }

    /// <summary>A string that must be one of <paramref name="allowed"/>; an issue otherwise.</summary>
    private static string? Enumerated(JsonFields f, JsonElement e, string p, string name, string[] allowed, bool required)
    {
        var value = f.String(e, p, name, required);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        f.Error(JsonFields.Child(p, name), "osv-enum", $"'{value}' is not one of {string.Join(", ", allowed)}.");
        return null;
    }
}
