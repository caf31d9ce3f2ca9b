using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Formats.Common;
using MedVigil.Formats.CsafDistribution;

namespace MedVigil.Application.Feeds;

/// <summary>A CSAF document to fetch: its URL, when it last changed (null when only <c>index.txt</c> lists it), its hash files.</summary>
internal sealed record CsafListedDocument(Uri Url, DateTimeOffset? Updated, IReadOnlyList<Uri> Hashes);

/// <summary>
/// Lists the documents of a provider that are new or changed since a time (ADR 0017): every ROLIE feed whose TLP label
/// is allowed (entries <c>updated</c> after it, following <c>rel=next</c> pages) and every directory distribution
/// (<c>changes.csv</c> rows after it; on the first run, or without a <c>changes.csv</c>, also what only
/// <c>index.txt</c> lists). The same URL listed twice is fetched once, with the later time. Any listing that cannot be
/// read fails the whole listing, so the watermark never passes documents it did not see.
/// </summary>
internal sealed class CsafListing(FeedHttpClient http)
{
    /// <summary>The most ROLIE pages followed per feed.</summary>
    public const int MaxPages = 1000;

    public async Task<Result<IReadOnlyList<CsafListedDocument>>> ListAsync(
        CsafProviderMetadata metadata, IReadOnlySet<string> tlpLabels, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Uri, CsafListedDocument>();
        foreach (var distribution in metadata.Distributions)
        {
            foreach (var feed in distribution.RolieFeeds.Where(f => tlpLabels.Contains(f.TlpLabel)))
            {
                var listed = await RolieAsync(feed.Url, since, found, cancellationToken);
                if (listed is not null)
                {
                    return listed;
                }
            }

            if (distribution.DirectoryUrl is { } directory)
            {
                var listed = await DirectoryAsync(directory, since, found, cancellationToken);
                if (listed is not null)
                {
                    return listed;
                }
            }
        }

        return found.Values.OrderBy(d => d.Updated ?? DateTimeOffset.MinValue).ThenBy(d => d.Url.AbsoluteUri, StringComparer.Ordinal).ToList();
    }

    private async Task<Error?> RolieAsync(Uri url, DateTimeOffset? since, Dictionary<Uri, CsafListedDocument> found, CancellationToken ct)
    {
        var visited = new HashSet<Uri>();
        for (Uri? page = url; page is not null; )
        {
            if (!visited.Add(page) || visited.Count > MaxPages)
            {
                return Error.Validation($"{url}: the ROLIE feed's rel=next pages loop or pass {MaxPages}; nothing was imported.");
            }

            var read = await GetAsync(page, CsafRolieFeedReader.MaxBytes, CsafRolieFeedReader.Read, ct);
            if (!read.TryGetValue(out var feed))
            {
                return read.Error;
            }

            foreach (var entry in feed.Entries.Where(e => since is null || e.Updated > since))
            {
                Add(found, new CsafListedDocument(entry.Document, entry.Updated, entry.Hashes));
            }

            page = feed.Next;
        }

        return null;
    }

    private async Task<Error?> DirectoryAsync(Uri directory, DateTimeOffset? since, Dictionary<Uri, CsafListedDocument> found, CancellationToken ct)
    {
        var changes = await GetAsync(Under(directory, "changes.csv"), CsafDirectoryListing.MaxBytes, CsafDirectoryListing.ReadChanges, ct);
        var haveChanges = changes.TryGetValue(out var rows);
        if (!haveChanges && !FeedDownloads.IsNotFound(changes.Error!))
        {
            return changes.Error;
        }

        var timed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows ?? [])
        {
            timed.Add(row.Path);
            if (since is null || row.Timestamp > since)
            {
                Add(found, Document(directory, row.Path, row.Timestamp));
            }
        }

        if (since is not null && haveChanges)
        {
            return null;
        }

        var index = await GetAsync(Under(directory, "index.txt"), CsafDirectoryListing.MaxBytes, CsafDirectoryListing.ReadIndex, ct);
        if (!index.TryGetValue(out var paths))
        {
            return haveChanges && FeedDownloads.IsNotFound(index.Error!) ? null : index.Error;
        }

        foreach (var path in paths.Where(p => !timed.Contains(p)))
        {
            Add(found, Document(directory, path, null));
        }

        return null;
    }

    private static CsafListedDocument Document(Uri directory, string path, DateTimeOffset? updated)
    {
        var url = Under(directory, path);
        return new CsafListedDocument(url, updated, [new Uri(url.AbsoluteUri + ".sha256"), new Uri(url.AbsoluteUri + ".sha512")]);
    }

    // The listing readers checked the paths, so a null here is a bug.
    private static Uri Under(Uri directory, string path) =>
        DistributionUrls.Under(directory, path) ?? throw new InvalidOperationException($"'{path}' is not under {directory}");

    private static void Add(Dictionary<Uri, CsafListedDocument> found, CsafListedDocument document)
    {
        if (!found.TryGetValue(document.Url, out var known))
        {
            found[document.Url] = document;
            return;
        }

        var updated = known.Updated is null ? document.Updated : document.Updated is null ? known.Updated
            : known.Updated > document.Updated ? known.Updated : document.Updated;
        found[document.Url] = known with { Updated = updated, Hashes = [.. known.Hashes.Union(document.Hashes)] };
    }

    public async Task<Result<T>> GetAsync<T>(Uri url, long maxBytes, Func<Stream, ReaderLimits?, ReadResult<T>> read, CancellationToken ct)
        where T : class
    {
        var download = await http.GetAsync(new FeedRequest(url) { MaxBytes = maxBytes }, ct);
        if (!download.TryGetValue(out var response))
        {
            return download.Error!;
        }

        using var content = new MemoryStream(response.Content, writable: false);
        var parsed = read(content, null);
        return parsed.IsValid ? parsed.Document! : ReferenceData.Refused(url.ToString(), [.. parsed.Errors]);
    }
}
