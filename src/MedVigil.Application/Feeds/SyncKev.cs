using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;

namespace MedVigil.Application.Feeds;

/// <param name="Url">The catalog's URL; CISA's when null.</param>
public sealed record SyncKevCommand(Uri? Url = null);

/// <summary>
/// Downloads the CISA KEV catalog (JSON) and imports it through <see cref="ImportKev"/> (ADR 0012, 0014). Feed
/// <c>kev</c>; watermark: the catalog version; a 304 (ETag / Last-Modified) or the same bytes change nothing.
/// </summary>
public sealed class SyncKev(FeedHttpClient http, FeedStates states, FeedRunner runner, ImportKev import)
{
    public const string Feed = "kev";

    public static readonly Uri DefaultUrl = new("https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json");

    public Task<Result<FeedSyncSummary>> ExecuteAsync(SyncKevCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new DocumentFeed(http, states, runner).SyncAsync(Feed, command.Url ?? DefaultUrl, ImportKev.MaxBytes, async (response, ct) =>
        {
            using var content = new MemoryStream(response.Content, writable: false);
            var result = await import.ExecuteAsync(new ImportKevCommand(response.Url.ToString(), content), ct);
            var imported = result.TryGetValue(out var r) && r.Outcome == FeedImportOutcome.Imported;
            return result.Map(k => new DocumentImport(k.Listed, !imported, imported ? k.CatalogVersion : null));
        }, cancellationToken);
    }
}
