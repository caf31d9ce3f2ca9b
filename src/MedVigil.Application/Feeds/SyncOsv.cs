using System.IO.Compression;
using MedVigil.Application.Advisories;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Formats.Osv;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Feeds;

/// <param name="Ecosystems">OSV ecosystem names as OSV spells them (<c>Go</c>, <c>PyPI</c>, <c>npm</c>, <c>Debian:12</c>…).</param>
/// <param name="BaseUrl">The bucket holding <c>&lt;ECOSYSTEM&gt;/all.zip</c>; OSV's public one when null.</param>
public sealed record SyncOsvCommand(IReadOnlyList<string> Ecosystems, Uri? BaseUrl = null, OsvArchiveLimits? Limits = null)
{
    /// <summary>Told the records done of the ecosystem being synced, after each record.</summary>
    public IProgress<FeedProgress>? Progress { get; init; }
}

/// <summary>
/// Synchronises OSV per-ecosystem archives (ADR 0017), per ecosystem under the lease of feed <c>osv:&lt;ecosystem&gt;</c>:
/// reads <c>modified_id.csv</c> first; on the first run (no watermark) imports every record of <c>all.zip</c> (checked
/// by <see cref="OsvArchive"/> before any import) plus any id listed but not in the archive; later runs fetch only the
/// records modified after the watermark (<c>&lt;ECOSYSTEM&gt;/&lt;ID&gt;.json</c>). Records go oldest first through
/// <see cref="ImportOsv"/>, one transaction each; the watermark (<see cref="OrderedWatermark"/>) is stored after each.
/// </summary>
public sealed class SyncOsv(FeedHttpClient http, FeedStates states, FeedRunner runner, ImportOsv import, MedVigilDbContext db)
{
    public static readonly Uri DefaultBaseUrl = new("https://osv-vulnerabilities.storage.googleapis.com/");

    public static string FeedOf(string ecosystem) => "osv:" + ecosystem;

    public async Task<Result<OsvSyncSummary>> ExecuteAsync(SyncOsvCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var bad = command.Ecosystems.FirstOrDefault(e => e.Length == 0 || e.Length > 100 || e.Any(c => c is '/' or '\\' or '?' or '#' || char.IsControl(c)) || e is "." or "..");
        if (bad is not null)
        {
            return Error.Validation($"'{bad}' is not an OSV ecosystem name.", new FieldError("ecosystem", bad));
        }

        var results = new List<OsvEcosystemSync>();
        foreach (var ecosystem in command.Ecosystems.Distinct(StringComparer.Ordinal))
        {
            results.Add(await SyncEcosystemAsync(command.BaseUrl ?? DefaultBaseUrl, ecosystem, command.Limits ?? OsvArchiveLimits.Default, command.Progress, cancellationToken));
        }

        return new OsvSyncSummary(results);
    }

    private static Uri Folder(Uri baseUrl, string ecosystem)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, Uri.EscapeDataString(ecosystem) + "/");
    }

    private async Task<OsvEcosystemSync> SyncEcosystemAsync(
        Uri baseUrl, string ecosystem, OsvArchiveLimits limits, IProgress<FeedProgress>? progress, CancellationToken cancellationToken)
    {
        var feed = FeedOf(ecosystem);
        var outcome = new OsvEcosystemSync(feed, ecosystem, false, 0, 0, 0, 0, 0, [], null);
        var run = await runner.RunAsync(feed, async (lease, ct) =>
        {
            var state = await states.FindAsync(feed, ct);
            outcome = outcome with { Watermark = state?.Watermark };
            outcome = await SyncRecordsAsync(Folder(baseUrl, ecosystem), lease, OrderedWatermark.Parse(state?.Watermark), outcome, limits, progress, ct);
            var error = outcome.Error ?? (outcome.Failures.Count == 0 ? null : Error.Validation($"{outcome.Failures.Count} record(s) failed; first: {outcome.Failures[0]}"));
            return new FeedSyncSummary(feed, outcome.Imported + outcome.Superseded, outcome.Imported + outcome.Superseded, outcome.Unchanged + outcome.Stale, outcome.Watermark, error);
        }, cancellationToken);
        return run.IsSuccess ? outcome : outcome with { Error = run.Error };
    }

    private async Task<OsvEcosystemSync> SyncRecordsAsync(
        Uri folder, FeedLease lease, DateTimeOffset? since, OsvEcosystemSync outcome, OsvArchiveLimits limits, IProgress<FeedProgress>? progress, CancellationToken ct)
    {
        var listUrl = new Uri(folder, "modified_id.csv");
        var listing = await http.GetAsync(new FeedRequest(listUrl) { MaxBytes = OsvModifiedIds.MaxBytes }, ct);
        if (!listing.TryGetValue(out var listed))
        {
            return outcome with { Error = listing.Error };
        }

        using var content = new MemoryStream(listed.Content, writable: false);
        var read = OsvModifiedIds.Read(content);
        if (!read.IsValid)
        {
            return outcome with { Error = ReferenceData.Refused(listUrl.ToString(), [.. read.Errors]) };
        }

        var rows = read.Document!;
        OsvArchive? archive = null;
        try
        {
            List<OsvWork> work;
            if (since is null)
            {
                var archiveUrl = new Uri(folder, "all.zip");
                var zip = await http.GetAsync(new FeedRequest(archiveUrl), ct);
                if (!zip.TryGetValue(out var zipped))
                {
                    return outcome with { FromArchive = true, Error = zip.Error };
                }

                var opened = OsvArchive.Open(archiveUrl, zipped.Content, limits);
                if (!opened.TryGetValue(out archive))
                {
                    return outcome with { FromArchive = true, Error = opened.Error };
                }

                var modified = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
                foreach (var row in rows)
                {
                    modified.TryAdd(row.Id, row.Modified);
                }

                var inArchive = archive.Records.Select(OsvArchive.IdOf).ToHashSet(StringComparer.Ordinal);
                work = [.. archive.Records.Select(e => new OsvWork(OsvArchive.IdOf(e), modified.TryGetValue(OsvArchive.IdOf(e), out var m) ? m : null,
                        new Uri(archiveUrl.AbsoluteUri + "#" + e.FullName), e)),
                    .. rows.Where(r => !inArchive.Contains(r.Id)).DistinctBy(r => r.Id).Select(r => Listed(folder, r))];
                outcome = outcome with { FromArchive = true };
            }
            else
            {
                work = [.. rows.Where(r => r.Modified > since).DistinctBy(r => r.Id).Select(r => Listed(folder, r))];
            }

            work = [.. work.OrderBy(w => w.Modified ?? DateTimeOffset.MinValue).ThenBy(w => w.Id, StringComparer.Ordinal)];
            return await ImportAllAsync(work, archive, lease, since, outcome with { Seen = work.Count }, progress, ct);
        }
        finally
        {
            archive?.Dispose();
        }
    }

    private static OsvWork Listed(Uri folder, OsvModifiedId row) => new(row.Id, row.Modified, new Uri(folder, Uri.EscapeDataString(row.Id) + ".json"), null);

    private async Task<OsvEcosystemSync> ImportAllAsync(
        List<OsvWork> work, OsvArchive? archive, FeedLease lease, DateTimeOffset? since, OsvEcosystemSync outcome,
        IProgress<FeedProgress>? progress, CancellationToken ct)
    {
        var watermark = new OrderedWatermark(since);
        var failures = new List<OsvRecordFailure>();
        var (failedInARow, done) = (0, 0);
        foreach (var item in work)
        {
            if (!await states.RenewAsync(lease, ct))
            {
                return outcome with { Failures = failures, Error = Error.Conflict("feed_lease_lost", $"{outcome.Feed}: the lease was lost to another run; stopped.") };
            }

            byte[]? bytes;
            if (item.Entry is { } entry)
            {
                var (unpacked, error) = await archive!.ReadAsync(entry, ct);
                if (unpacked is null)
                {
                    failures.Add(new OsvRecordFailure(item.Source.ToString(), error!));
                    return outcome with { Failures = failures, Error = Error.Validation($"{item.Source}: {error}; the archive is refused from there on.") };
                }

                bytes = unpacked;
            }
            else
            {
                var download = await http.GetAsync(new FeedRequest(item.Source) { MaxBytes = ImportOsv.MaxBytes }, ct);
                failedInARow = download.IsSuccess || FeedDownloads.IsNotFound(download.Error!) ? 0 : failedInARow + 1;
                bytes = download.TryGetValue(out var response) ? response.Content : null;
                if (bytes is null)
                {
                    failures.Add(new OsvRecordFailure(item.Source.ToString(), FeedDownloads.Reason(download.Error!)));
                }
            }

            var result = bytes is null ? null : await ImportAsync(item, bytes, failures, ct);
            outcome = Count(outcome, result);
            progress?.Report(new FeedProgress(outcome.Feed, ++done, work.Count));
            if (watermark.Done(item.Modified, result is not null))
            {
                await states.AdvanceAsync(lease, OrderedWatermark.Format(watermark.Value), null, null, ct);
                outcome = outcome with { Watermark = OrderedWatermark.Format(watermark.Value) };
            }

            if (failedInARow >= SyncCsaf.MaxFailedDownloadsInARow)
            {
                return outcome with { Failures = failures, Error = Error.Validation($"{outcome.Ecosystem}: {failedInARow} downloads failed in a row; stopped, the next run resumes at the watermark.") };
            }
        }

        if (watermark.Finish())
        {
            await states.AdvanceAsync(lease, OrderedWatermark.Format(watermark.Value), null, null, ct);
            outcome = outcome with { Watermark = OrderedWatermark.Format(watermark.Value) };
        }

        return outcome with { Failures = failures };
    }

    private async Task<OsvImportResult?> ImportAsync(OsvWork item, byte[] bytes, List<OsvRecordFailure> failures, CancellationToken ct)
    {
        try
        {
            using var content = new MemoryStream(bytes, writable: false);
            var imported = await import.ExecuteAsync(new ImportOsvCommand(item.Source.ToString(), content), ct);
            if (imported.TryGetValue(out var result))
            {
                return result;
            }

            failures.Add(new OsvRecordFailure(item.Source.ToString(), FeedDownloads.Reason(imported.Error!)));
        }
        catch (DbUpdateException e)
        {
            failures.Add(new OsvRecordFailure(item.Source.ToString(), "not stored: " + (e.InnerException ?? e).Message));
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.DiscardPendingAudit();
        }

        return null;
    }

    private static OsvEcosystemSync Count(OsvEcosystemSync outcome, OsvImportResult? result) => result?.Outcome switch
    {
        RevisionOutcome.Imported => outcome with { Imported = outcome.Imported + 1 },
        RevisionOutcome.Superseded => outcome with { Superseded = outcome.Superseded + 1 },
        RevisionOutcome.Unchanged => outcome with { Unchanged = outcome.Unchanged + 1 },
        RevisionOutcome.Stale => outcome with { Stale = outcome.Stale + 1 },
        _ => outcome,
    };

    /// <summary>One record to import: from the archive (<see cref="Entry"/>) or fetched from <see cref="Source"/>.</summary>
    private sealed record OsvWork(string Id, DateTimeOffset? Modified, Uri Source, ZipArchiveEntry? Entry);
}
