using System.Globalization;
using System.Text.Json;
using MedVigil.Application.Advisories;
using MedVigil.Domain.Common;
using MedVigil.Persistence;

namespace MedVigil.Application.Feeds;

/// <summary>
/// Pages through one NVD CVE API query (one <c>lastModified</c> window, or everything), importing each page in its
/// own transaction through <see cref="ImportNvd"/> and renewing the lease after each; stops at the first failure.
/// </summary>
internal sealed class NvdPager(FeedHttpClient http, ImportNvd import, MedVigilDbContext db, FeedStates states, FeedLease lease, SyncNvdCommand command)
{
    public static Error LeaseLost() => Error.Conflict("feed_lease_lost", "nvd: the lease expired and another run took the feed; stopped.");

    public async Task<FeedSyncSummary> PageAsync((DateTimeOffset Start, DateTimeOffset End)? window, FeedSyncSummary summary, CancellationToken cancellationToken)
    {
        for (var startIndex = 0; ;)
        {
            var url = PageUrl(window, startIndex);
            var download = await http.GetAsync(new FeedRequest(url, FeedClient.Nvd) { MaxBytes = ImportNvd.MaxBytes, Secrets = Secrets() }, cancellationToken);
            if (!download.TryGetValue(out var response))
            {
                return summary.Failed(download.Error!);
            }

            var (paging, problem) = Paging(response.Content);
            if (paging is null)
            {
                return summary.Failed(Error.Validation($"{url}: not a CVE API 2.0 page; nothing from it was imported.", problem!));
            }

            var imported = await ImportAsync(url, response.Content, cancellationToken);
            if (!imported.TryGetValue(out var result))
            {
                return summary.Failed(imported.Error!);
            }

            summary = result.Outcome == NvdImportOutcome.Imported
                ? summary with { Documents = summary.Documents + 1, Records = summary.Records + result.Records }
                : summary with { Skipped = summary.Skipped + 1 };
            if (!await states.RenewAsync(lease, cancellationToken))
            {
                return summary.Failed(LeaseLost());
            }

            startIndex = paging.StartIndex + paging.Count;
            if (startIndex >= paging.TotalResults || paging.Count == 0)
            {
                return paging.Count == 0 && startIndex < paging.TotalResults
                    ? summary.Failed(Error.Validation(string.Create(CultureInfo.InvariantCulture,
                        $"{url}: an empty page at {startIndex} of {paging.TotalResults} results; stopped."), new FieldError("/vulnerabilities", "empty")))
                    : summary;
            }
        }
    }

    private async Task<Result<NvdImportResult>> ImportAsync(Uri url, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return await import.ExecuteAsync(new ImportNvdCommand(url.ToString(), stream), cancellationToken);
        }
        finally
        {
            // Each page is its own unit: nothing tracked from it is carried into the next.
            db.ChangeTracker.Clear();
            db.DiscardPendingAudit();
        }
    }

    private Dictionary<string, string> Secrets() => command.ApiKey is { Length: > 0 } key
        ? new Dictionary<string, string>(StringComparer.Ordinal) { [NvdApi.ApiKeyHeader] = key }
        : new Dictionary<string, string>(StringComparer.Ordinal);

    private Uri PageUrl((DateTimeOffset Start, DateTimeOffset End)? window, int startIndex)
    {
        var query = window is { } w
            ? $"lastModStartDate={Date(w.Start)}&lastModEndDate={Date(w.End)}&startIndex={startIndex}&resultsPerPage={command.ResultsPerPage}"
            : $"startIndex={startIndex}&resultsPerPage={command.ResultsPerPage}";
        return new UriBuilder(command.Url ?? NvdApi.DefaultUrl) { Query = query }.Uri;
    }

    /// <summary>NVD's extended ISO-8601 form with an explicit offset, URL-encoded (<c>+</c> as <c>%2B</c>).</summary>
    private static string Date(DateTimeOffset instant) =>
        Uri.EscapeDataString(instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture));

    private sealed record PageInfo(int StartIndex, int TotalResults, int Count);

    /// <summary>The paging facts of a page, or where the page is not one.</summary>
    private static (PageInfo? Page, FieldError? Problem) Paging(byte[] content)
    {
        try
        {
            using var json = JsonDocument.Parse(content);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new FieldError("/", "not a JSON object"));
            }

            if (!root.TryGetProperty("startIndex", out var start) || !start.TryGetInt32(out var startIndex) || startIndex < 0)
            {
                return (null, new FieldError("/startIndex", "missing or not a number"));
            }

            if (!root.TryGetProperty("totalResults", out var total) || !total.TryGetInt32(out var totalResults) || totalResults < 0)
            {
                return (null, new FieldError("/totalResults", "missing or not a number"));
            }

            return root.TryGetProperty("vulnerabilities", out var records) && records.ValueKind == JsonValueKind.Array
                ? (new PageInfo(startIndex, totalResults, records.GetArrayLength()), null)
                : (null, new FieldError("/vulnerabilities", "missing or not an array"));
        }
        catch (JsonException e)
        {
            return (null, new FieldError(string.Create(CultureInfo.InvariantCulture,
                $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}"), "invalid JSON: " + e.Message));
        }
    }
}
