using System.Text.Json;
using MedVigil.Formats.Common;
using MedVigil.Formats.Kev;

namespace MedVigil.Formats.Nvd;

/// <summary>
/// Reads NVD CVE API 2.0 data: a response page (<see cref="ReadPage(Stream, ReaderLimits?)"/>), a single record
/// <c>{"cve": {…}}</c> as found in <c>vulnerabilities[]</c> (<see cref="ReadRecord(Stream, ReaderLimits?)"/>), or a
/// configuration override in NVD shape (<see cref="ReadOverride(Stream, ReaderLimits?)"/>). Feeds are read page by
/// page: one response (≤ 2,000 records) is parsed at a time, never the whole feed.
/// </summary>
/// <remarks>
/// What the NVD schema requires is checked (ids, times, descriptions, references, metric source/type/vector/score,
/// node operators, CPE match vulnerable/criteria/matchCriteriaId), plus CPE 2.3 criteria, base scores 0–10, and a page's
/// <c>resultsPerPage</c> equal to its records (a warning). Every problem is an issue at its JSON pointer; any error leaves the
/// document null, so a page is used whole or not at all.
/// </remarks>
public static class NvdCveReader
{
    /// <summary>Reads one response page. The stream stays open.</summary>
    public static ReadResult<NvdCvePage> ReadPage(Stream content, ReaderLimits? limits = null) => JsonFields.Read(content, limits, (f, root) => Page(f, root, ""));

    /// <summary>Reads one response page from a file.</summary>
    public static ReadResult<NvdCvePage> ReadPage(string path, ReaderLimits? limits = null) => JsonFields.Read(path, limits, (f, root) => Page(f, root, ""));

    /// <summary>Reads one record, <c>{"cve": {…}}</c>. The stream stays open.</summary>
    public static ReadResult<NvdCve> ReadRecord(Stream content, ReaderLimits? limits = null) => JsonFields.Read(content, limits, (f, root) => NvdCveMapping.Item(f, root, ""));

    /// <summary>Reads one record from a file.</summary>
    public static ReadResult<NvdCve> ReadRecord(string path, ReaderLimits? limits = null) => JsonFields.Read(path, limits, (f, root) => NvdCveMapping.Item(f, root, ""));

    /// <summary>Reads one configuration override (<c>_annotation</c> and a partial <c>cve</c>). The stream stays open.</summary>
    public static ReadResult<NvdOverride> ReadOverride(Stream content, ReaderLimits? limits = null) => JsonFields.Read(content, limits, (f, root) => Override(f, root, ""));

    /// <summary>Reads one configuration override from a file.</summary>
    public static ReadResult<NvdOverride> ReadOverride(string path, ReaderLimits? limits = null) => JsonFields.Read(path, limits, (f, root) => Override(f, root, ""));

    private static NvdCvePage? Page(JsonFields f, JsonElement root, string p)
    {
        if (!f.IsObject(root, p))
        {
            return null;
        }

        var perPage = f.Count(root, p, "resultsPerPage", required: true);
        var start = f.Count(root, p, "startIndex", required: true);
        var total = f.Count(root, p, "totalResults", required: true);
        var timestamp = f.Timestamp(root, p, "timestamp", required: true);
        var records = f.Array(root, p, "vulnerabilities", (e, at) => NvdCveMapping.Item(f, e, at), required: true);
        if (perPage is { } n && root.TryGetProperty("vulnerabilities", out var list) && list.ValueKind == JsonValueKind.Array
            && n != list.GetArrayLength())
        {
            // A warning: NVD's own pages agree, but test fixtures (osv.dev's) append records without updating the header.
            f.Warning("/resultsPerPage", "nvd-page-count", $"resultsPerPage is {n} but the page holds {list.GetArrayLength()} records.");
        }

        return perPage is null || start is null || total is null || timestamp is null
            ? null
            : new NvdCvePage(perPage.Value, start.Value, total.Value, f.String(root, p, "format"), f.String(root, p, "version"), timestamp.Value, records);
    }

    private static NvdOverride? Override(JsonFields f, JsonElement root, string p)
    {
        if (!f.IsObject(root, p) || f.Property(root, p, "_annotation", required: true) is not { } note || !f.IsObject(note, "/_annotation")
            || f.Property(root, p, "cve", required: true) is not { } cve || !f.IsObject(cve, "/cve"))
        {
            return null;
        }

        var id = f.String(note, "/_annotation", "cve_id", required: true);
        var configurations = NvdConfigurationMapping.Configurations(f, cve, "/cve");
        var references = NvdConfigurationMapping.References(f, cve, "/cve", required: false);
        return id is null ? null : new NvdOverride(id, f.String(note, "/_annotation", "reason"), configurations, references);
    }
}
