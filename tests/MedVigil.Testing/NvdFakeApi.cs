using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MedVigil.Testing;

/// <summary>
/// The NVD CVE API 2.0 as a <see cref="FeedServer"/> handler, over a set of CVE records: <c>lastModStartDate</c> /
/// <c>lastModEndDate</c> (both or neither, at most 120 days apart, else 404 as NVD answers), <c>startIndex</c> and
/// <c>resultsPerPage</c> (capped at <see cref="MaxPageSize"/>), and the real response shape.
/// </summary>
public sealed class NvdFakeApi(IReadOnlyList<JsonObject> records, int maxPageSize)
{
    public const string Path = "/rest/json/cves/2.0";

    public int MaxPageSize => maxPageSize;

    /// <summary>The records; a test may change one (a newer <c>lastModified</c>) between runs.</summary>
    public IReadOnlyList<JsonObject> Records => records;

    /// <summary>The 200 records of <c>shared/data/nvd/cve-records</c>, in id order.</summary>
    public static NvdFakeApi FromSharedData(int maxPageSize = 50) => new(
        [.. Directory.EnumerateFiles(SharedData.Path("nvd", "cve-records"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!["cve"]!.AsObject())],
        maxPageSize);

    public static DateTimeOffset LastModified(JsonObject record) =>
        DateTimeOffset.Parse(record["lastModified"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>How many records a window holds (both ends included, as NVD does).</summary>
    public int CountIn(DateTimeOffset start, DateTimeOffset end) => records.Count(r => LastModified(r) >= start && LastModified(r) <= end);

    public async Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var (start, end) = (query["lastModStartDate"].ToString(), query["lastModEndDate"].ToString());
        IEnumerable<JsonObject> selected = records;
        if (start.Length > 0 || end.Length > 0)
        {
            if (!DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateTimeOffset.TryParse(end, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
                || to < from || to - from > TimeSpan.FromDays(120))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.Headers["message"] = "Invalid lastModStartDate/lastModEndDate";
                return;
            }

            selected = records.Where(r => LastModified(r) >= from && LastModified(r) <= to);
        }

        var all = selected.ToList();
        var startIndex = int.TryParse(query["startIndex"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var perPage = Math.Min(int.TryParse(query["resultsPerPage"], CultureInfo.InvariantCulture, out var p) ? p : 2000, maxPageSize);
        var page = all.Skip(startIndex).Take(perPage).ToList();
        var response = new JsonObject
        {
            ["resultsPerPage"] = page.Count,
            ["startIndex"] = startIndex,
            ["totalResults"] = all.Count,
            ["format"] = "NVD_CVE",
            ["version"] = "2.0",
            ["timestamp"] = "2026-12-07T01:00:00.000",
            ["vulnerabilities"] = new JsonArray([.. page.Select(r => (JsonNode)new JsonObject { ["cve"] = r.DeepClone() })]),
        };
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(response), context.RequestAborted);
    }
}
