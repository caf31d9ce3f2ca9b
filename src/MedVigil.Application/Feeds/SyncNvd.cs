using System.Globalization;
using MedVigil.Application.Advisories;
using MedVigil.Domain.Common;
using MedVigil.Persistence;

namespace MedVigil.Application.Feeds;

/// <param name="Url">The CVE API 2.0 endpoint; NVD's when null.</param>
/// <param name="ApiKey">Sent in the <c>apiKey</c> header (and lifting the rate limit); never logged nor stored.</param>
public sealed record SyncNvdCommand(Uri? Url = null, string? ApiKey = null)
{
    /// <summary>Where a first run (no watermark) starts its windows; null pages the whole NVD without dates.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>The end of the last window; now when null.</summary>
    public DateTimeOffset? Until { get; init; }

    public int ResultsPerPage { get; init; } = NvdApi.MaxResultsPerPage;

    /// <summary>The length of a <c>lastModified</c> window, at most 120 days.</summary>
    public TimeSpan Window { get; init; } = NvdApi.MaxWindow;
}

/// <summary>
/// Brings NVD's CVE records up to date (ADR 0013, 0014). Feed <c>nvd</c>; watermark: the end of the last fully
/// imported <c>lastModified</c> window. From the watermark to now, windows of at most 120 days are paged through
/// (<c>lastModStartDate</c>, <c>lastModEndDate</c>, <c>startIndex</c>, <c>resultsPerPage</c>); each page goes through
/// <see cref="ImportNvd"/> in its own transaction, and the watermark moves only when a whole window is in. A failure
/// keeps the pages committed so far; the next run pages the unfinished window again, where the pages already in
/// change nothing (same bytes, or records not newer). A first run without a start pages everything without dates.
/// </summary>
public sealed class SyncNvd(FeedHttpClient http, FeedStates states, FeedRunner runner, ImportNvd import, MedVigilDbContext db, TimeProvider time)
{
    public const string Feed = "nvd";

    public Task<Result<FeedSyncSummary>> ExecuteAsync(SyncNvdCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Window <= TimeSpan.Zero || command.Window > NvdApi.MaxWindow || command.ResultsPerPage is < 1 or > NvdApi.MaxResultsPerPage)
        {
            return Task.FromResult<Result<FeedSyncSummary>>(Error.Validation(
                $"NVD windows are at most {NvdApi.MaxWindow.TotalDays} days and pages at most {NvdApi.MaxResultsPerPage} results.",
                new FieldError(command.ResultsPerPage is < 1 or > NvdApi.MaxResultsPerPage ? "resultsPerPage" : "window", "out of range")));
        }

        return runner.RunAsync(Feed, (lease, ct) => RunAsync(command, lease, ct), cancellationToken);
    }

    private async Task<FeedSyncSummary> RunAsync(SyncNvdCommand command, FeedLease lease, CancellationToken cancellationToken)
    {
        var state = await states.FindAsync(Feed, cancellationToken);
        var until = (command.Until ?? time.GetUtcNow()).ToUniversalTime();
        var pager = new NvdPager(http, import, db, states, lease, command);
        var summary = new FeedSyncSummary(Feed, 0, 0, 0, state?.Watermark);
        var from = ParseWatermark(state?.Watermark) ?? command.Start?.ToUniversalTime();
        if (from is null)
        {
            summary = await pager.PageAsync(null, summary, cancellationToken);
            return summary.Succeeded ? await AdvanceAsync(lease, summary, until, cancellationToken) : summary;
        }

        for (var start = from.Value; start < until && summary.Succeeded;)
        {
            var end = start + command.Window < until ? start + command.Window : until;
            summary = await pager.PageAsync((start, end), summary, cancellationToken);
            if (summary.Succeeded)
            {
                summary = await AdvanceAsync(lease, summary, end, cancellationToken);
            }

            start = end;
        }

        return summary;
    }

    private async Task<FeedSyncSummary> AdvanceAsync(FeedLease lease, FeedSyncSummary summary, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var watermark = FormatWatermark(end);
        return await states.AdvanceAsync(lease, watermark, null, null, cancellationToken)
            ? summary with { Watermark = watermark }
            : summary.Failed(NvdPager.LeaseLost());
    }

    public static string FormatWatermark(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseWatermark(string? watermark) =>
        DateTimeOffset.TryParse(watermark, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed.ToUniversalTime() : null;
}
