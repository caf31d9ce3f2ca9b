using System.Globalization;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;

namespace MedVigil.Application.Feeds;

/// <param name="Url">The daily file's URL (CSV, plain or gzip); FIRST's current file when null.</param>
public sealed record SyncEpssCommand(Uri? Url = null);

/// <summary>
/// Downloads FIRST's current EPSS scores (<c>epss_scores-current.csv.gz</c>) and imports them through
/// <see cref="ImportEpss"/> (ADR 0012, 0014). Feed <c>epss</c>; watermark: the score date (<c>yyyy-MM-dd</c>); a
/// 304, the same bytes or an older score date change nothing.
/// </summary>
public sealed class SyncEpss(FeedHttpClient http, FeedStates states, FeedRunner runner, ImportEpss import)
{
    public const string Feed = "epss";

    public static readonly Uri DefaultUrl = new("https://epss.empiricalsecurity.com/epss_scores-current.csv.gz");

    public Task<Result<FeedSyncSummary>> ExecuteAsync(SyncEpssCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new DocumentFeed(http, states, runner).SyncAsync(Feed, command.Url ?? DefaultUrl, ImportEpss.MaxBytes, async (response, ct) =>
        {
            using var content = new MemoryStream(response.Content, writable: false);
            var result = await import.ExecuteAsync(new ImportEpssCommand(response.Url.ToString(), content), ct);
            var imported = result.TryGetValue(out var r) && r.Outcome == FeedImportOutcome.Imported;
            return result.Map(e => new DocumentImport((int)e.Scores, !imported,
                imported ? e.ScoreDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null));
        }, cancellationToken);
    }
}
