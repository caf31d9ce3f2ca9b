using MedVigil.Domain.Common;

namespace MedVigil.Application.Feeds;

/// <summary>What importing one downloaded document gave: records, whether it changed nothing, the new watermark.</summary>
internal sealed record DocumentImport(int Records, bool Skipped, string? Watermark);

/// <summary>
/// The sync of a feed that is one document at one URL (KEV catalog, EPSS daily file): a conditional GET with the
/// stored validators, the existing import use case in its own transaction, then the watermark and validators
/// moved forward. A failed download or a refused document stores nothing and keeps the watermark.
/// </summary>
internal sealed class DocumentFeed(FeedHttpClient http, FeedStates states, FeedRunner runner)
{
    public Task<Result<FeedSyncSummary>> SyncAsync(
        string feed, Uri url, long maxBytes, Func<FeedResponse, CancellationToken, Task<Result<DocumentImport>>> import, CancellationToken cancellationToken) =>
        runner.RunAsync(feed, async (lease, ct) =>
        {
            var state = await states.FindAsync(feed, ct);
            var empty = new FeedSyncSummary(feed, 0, 0, 0, state?.Watermark);
            var request = new FeedRequest(url)
            {
                MaxBytes = maxBytes,
                IfNoneMatch = state?.Watermark is null ? null : state.ETag,
                IfModifiedSince = state?.Watermark is null ? null : state.LastModified,
            };
            var download = await http.GetAsync(request, ct);
            if (!download.TryGetValue(out var response))
            {
                return empty.Failed(download.Error!);
            }

            if (response.NotModified)
            {
                return empty with { Skipped = 1 };
            }

            var imported = await import(response, ct);
            if (!imported.TryGetValue(out var result))
            {
                return empty.Failed(imported.Error!);
            }

            var watermark = result.Watermark ?? state?.Watermark;
            await states.AdvanceAsync(lease, watermark, response.ETag, response.LastModified, ct);
            return new FeedSyncSummary(feed, result.Skipped ? 0 : 1, result.Records, result.Skipped ? 1 : 0, watermark);
        }, cancellationToken);
}
