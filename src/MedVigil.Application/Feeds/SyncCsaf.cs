using MedVigil.Application.Advisories;
using MedVigil.Domain.Common;
using MedVigil.Domain.Feeds;
using MedVigil.Formats.CsafDistribution;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Feeds;

/// <param name="Urls"><c>provider-metadata.json</c> URLs, or <c>aggregator.json</c> URLs when <paramref name="Aggregator"/>.</param>
/// <param name="TlpLabels">The ROLIE feeds' TLP labels synchronised; <c>WHITE</c> (CSAF 2.0's TLP:CLEAR) when null.</param>
public sealed record SyncCsafCommand(IReadOnlyList<Uri> Urls, bool Aggregator = false, IReadOnlySet<string>? TlpLabels = null)
{
    /// <summary>Told the documents done of the provider being synced, after each document.</summary>
    public IProgress<FeedProgress>? Progress { get; init; }
}

/// <summary>
/// Synchronises CSAF trusted providers (ADR 0017): per provider, under the lease of feed <c>csaf:&lt;metadata URL&gt;</c>,
/// reads <c>provider-metadata.json</c>, lists the documents new or changed since the watermark (<see cref="CsafListing"/>),
/// then, oldest first, fetches each with its <c>.sha256</c> (or <c>.sha512</c>), refuses it when the hash is missing or
/// wrong, and imports it through <see cref="ImportCsaf"/> (one transaction; the same bytes are a no-op). The
/// watermark (the latest time fully processed, <see cref="OrderedWatermark"/>) is stored after every document, so a
/// run that fails or stops mid-way resumes there.
/// </summary>
public sealed class SyncCsaf(FeedHttpClient http, FeedStates states, FeedRunner runner, ImportCsaf import, MedVigilDbContext db)
{
    /// <summary>Downloads that fail in a row (after their retries) before a run stops: the server is down.</summary>
    public const int MaxFailedDownloadsInARow = 3;

    public static readonly IReadOnlySet<string> PublicLabels = new HashSet<string>(["WHITE", "CLEAR"], StringComparer.Ordinal);

    public static string FeedOf(Uri metadataUrl) => "csaf:" + (metadataUrl ?? throw new ArgumentNullException(nameof(metadataUrl))).AbsoluteUri;

    public async Task<Result<CsafSyncSummary>> ExecuteAsync(SyncCsafCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var listing = new CsafListing(http);
        var providers = new List<Uri>();
        foreach (var url in command.Urls)
        {
            if (!command.Aggregator)
            {
                providers.Add(url);
                continue;
            }

            var aggregator = await listing.GetAsync(url, CsafProviderMetadataReader.MaxBytes, CsafAggregatorReader.Read, cancellationToken);
            if (!aggregator.TryGetValue(out var listed))
            {
                return aggregator.Error!;
            }

            providers.AddRange(listed.Providers.Select(p => p.MetadataUrl));
        }

        var results = new List<CsafProviderSync>();
        foreach (var provider in providers.Distinct())
        {
            results.Add(await SyncProviderAsync(listing, provider, command.TlpLabels ?? PublicLabels, command.Progress, cancellationToken));
        }

        return new CsafSyncSummary(results);
    }

    private async Task<CsafProviderSync> SyncProviderAsync(
        CsafListing listing, Uri metadataUrl, IReadOnlySet<string> labels, IProgress<FeedProgress>? progress, CancellationToken cancellationToken)
    {
        var feed = FeedOf(metadataUrl);
        var outcome = new CsafProviderSync(feed, metadataUrl, 0, 0, 0, 0, 0, 0, [], null);
        if (feed.Length > FeedState.MaxNameLength)
        {
            return outcome with { Error = Error.Validation($"{metadataUrl}: the URL is longer than the {FeedState.MaxNameLength - 5} characters a feed name holds.") };
        }

        var run = await runner.RunAsync(feed, async (lease, ct) =>
        {
            var state = await states.FindAsync(feed, ct);
            outcome = outcome with { Watermark = state?.Watermark };
            outcome = await SyncDocumentsAsync(listing, lease, OrderedWatermark.Parse(state?.Watermark), outcome, labels, progress, ct);
            var error = outcome.Error ?? (outcome.Failures.Count == 0 ? null : Error.Validation(
                $"{outcome.Failures.Count} document(s) failed; first: {outcome.Failures[0]}"));
            return new FeedSyncSummary(feed, outcome.Imported + outcome.Superseded, outcome.VulnerabilitiesAdded,
                outcome.Unchanged + outcome.Stale, outcome.Watermark, error);
        }, cancellationToken);
        return run.IsSuccess ? outcome : outcome with { Error = run.Error };
    }

    private async Task<CsafProviderSync> SyncDocumentsAsync(
        CsafListing listing, FeedLease lease, DateTimeOffset? since, CsafProviderSync outcome, IReadOnlySet<string> labels,
        IProgress<FeedProgress>? progress, CancellationToken ct)
    {
        var read = await listing.GetAsync(outcome.MetadataUrl, CsafProviderMetadataReader.MaxBytes, CsafProviderMetadataReader.Read, ct);
        if (!read.TryGetValue(out var metadata))
        {
            return outcome with { Error = read.Error };
        }

        var listed = await listing.ListAsync(metadata, labels, since, ct);
        if (!listed.TryGetValue(out var documents))
        {
            return outcome with { Error = listed.Error };
        }

        outcome = outcome with { Seen = documents.Count };
        var watermark = new OrderedWatermark(since);
        var failures = new List<CsafDocumentFailure>();
        var (failedInARow, done) = (0, 0);
        foreach (var document in documents)
        {
            if (!await states.RenewAsync(lease, ct))
            {
                return outcome with { Failures = failures, Error = Error.Conflict("feed_lease_lost", $"{outcome.Feed}: the lease was lost to another run; stopped.") };
            }

            var (result, failure, downloadFailed) = await ImportOneAsync(document, ct);
            failedInARow = downloadFailed ? failedInARow + 1 : 0;
            if (failure is not null)
            {
                failures.Add(failure);
            }

            outcome = Count(outcome, result);
            progress?.Report(new FeedProgress(outcome.Feed, ++done, documents.Count));
            if (watermark.Done(document.Updated, result is not null))
            {
                await AdvanceAsync(lease, watermark, ct);
                outcome = outcome with { Watermark = OrderedWatermark.Format(watermark.Value) };
            }

            if (failedInARow >= MaxFailedDownloadsInARow)
            {
                return outcome with { Failures = failures, Error = Error.Validation($"{outcome.MetadataUrl}: {failedInARow} downloads failed in a row; stopped, the next run resumes at the watermark.") };
            }
        }

        if (watermark.Finish())
        {
            await AdvanceAsync(lease, watermark, ct);
            outcome = outcome with { Watermark = OrderedWatermark.Format(watermark.Value) };
        }

        return outcome with { Failures = failures };
    }

    private Task AdvanceAsync(FeedLease lease, OrderedWatermark watermark, CancellationToken ct) =>
        states.AdvanceAsync(lease, OrderedWatermark.Format(watermark.Value), null, null, ct);

    private static CsafProviderSync Count(CsafProviderSync outcome, CsafImportResult? result) => result?.Outcome switch
    {
        RevisionOutcome.Imported => outcome with { Imported = outcome.Imported + 1, VulnerabilitiesAdded = outcome.VulnerabilitiesAdded + result.VulnerabilitiesAdded },
        RevisionOutcome.Superseded => outcome with { Superseded = outcome.Superseded + 1, VulnerabilitiesAdded = outcome.VulnerabilitiesAdded + result.VulnerabilitiesAdded },
        RevisionOutcome.Unchanged => outcome with { Unchanged = outcome.Unchanged + 1 },
        RevisionOutcome.Stale => outcome with { Stale = outcome.Stale + 1 },
        _ => outcome,
    };

    /// <summary>One document: fetched, its hash checked, imported; or why not (and whether a download failed).</summary>
    private async Task<(CsafImportResult? Result, CsafDocumentFailure? Failure, bool DownloadFailed)> ImportOneAsync(CsafListedDocument document, CancellationToken ct)
    {
        var download = await http.GetAsync(new FeedRequest(document.Url) { MaxBytes = ImportCsaf.MaxBytes }, ct);
        if (!download.TryGetValue(out var response))
        {
            return (null, new CsafDocumentFailure(document.Url, FeedDownloads.Reason(download.Error!)), !FeedDownloads.IsNotFound(download.Error!));
        }

        var (hash, hashFailure, hashDownloadFailed) = await HashAsync(document, ct);
        if (hash is null)
        {
            return (null, new CsafDocumentFailure(document.Url, hashFailure!), hashDownloadFailed);
        }

        if (!hash.Verify(response.Content))
        {
            return (null, new CsafDocumentFailure(document.Url,
                $"{hash.Algorithm} mismatch: the hash file says {hash.Hex}, the document hashes to {hash.HashOf(response.Content)}; refused, nothing stored.", HashMismatch: true), false);
        }

        try
        {
            using var content = new MemoryStream(response.Content, writable: false);
            var imported = await import.ExecuteAsync(new ImportCsafCommand(document.Url.ToString(), content), ct);
            return imported.TryGetValue(out var result)
                ? (result, null, false)
                : (null, new CsafDocumentFailure(document.Url, FeedDownloads.Reason(imported.Error!)), false);
        }
        catch (DbUpdateException e)
        {
            return (null, new CsafDocumentFailure(document.Url, "not stored: " + (e.InnerException ?? e).Message), false);
        }
        finally
        {
            // Each document stands alone: nothing tracked for one is carried into the next.
            db.ChangeTracker.Clear();
            db.DiscardPendingAudit();
        }
    }

    /// <summary>The first hash file found (listed first, a 404 tries the next); why none could be used otherwise.</summary>
    private async Task<(CsafHashFile? Hash, string? Failure, bool DownloadFailed)> HashAsync(CsafListedDocument document, CancellationToken ct)
    {
        foreach (var url in document.Hashes)
        {
            if (CsafHashFile.AlgorithmOf(url) is not { } algorithm)
            {
                continue;
            }

            var download = await http.GetAsync(new FeedRequest(url) { MaxBytes = CsafHashFile.MaxBytes }, ct);
            if (!download.TryGetValue(out var response))
            {
                if (FeedDownloads.IsNotFound(download.Error!))
                {
                    continue;
                }

                return (null, "hash file: " + FeedDownloads.Reason(download.Error!), true);
            }

            var (hash, error) = CsafHashFile.Parse(algorithm, response.Content);
            return hash is null ? (null, $"{url}: {error}; refused, nothing stored.", false) : (hash, null, false);
        }

        return (null, "no .sha256 or .sha512 hash file; refused, nothing stored.", false);
    }
}
