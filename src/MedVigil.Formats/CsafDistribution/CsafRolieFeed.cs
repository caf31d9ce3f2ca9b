using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.CsafDistribution;

/// <summary>One page of a ROLIE feed of CSAF documents (§7.1.15, RFC 8322 in JSON); <see cref="Next"/> is the next page.</summary>
public sealed record CsafRolieFeed(string Id, string? Title, DateTimeOffset Updated, IReadOnlyList<CsafRolieEntry> Entries, Uri? Next);

/// <summary>
/// One entry: the document (<c>link rel=self</c>, else <c>content.src</c>), its hash files (<c>rel=hash</c>,
/// <c>.sha256</c>/<c>.sha512</c>), its signature (<c>rel=signature</c>) and when it was last updated.
/// </summary>
public sealed record CsafRolieEntry(string Id, DateTimeOffset Updated, Uri Document, IReadOnlyList<Uri> Hashes, Uri? Signature);

/// <summary>
/// Reads a ROLIE feed document: <c>feed.id</c>, <c>feed.updated</c>, <c>feed.entry[]</c> with an id, an RFC 3339
/// <c>updated</c> and a document URL; http(s) URLs only; <c>feed.link[rel=next]</c> for paging. Every problem is an
/// issue at its JSON pointer; any error leaves the document null.
/// </summary>
public static class CsafRolieFeedReader
{
    /// <summary>The largest feed page read.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static ReadResult<CsafRolieFeed> Read(Stream content, ReaderLimits? limits = null) => JsonFields.Read(content, Limited(limits), Feed);

    public static ReadResult<CsafRolieFeed> Read(string path, ReaderLimits? limits = null) => JsonFields.Read(path, Limited(limits), Feed);

    private static ReaderLimits Limited(ReaderLimits? limits) =>
        (limits ?? ReaderLimits.Default) is var l && l.MaxBytes > MaxBytes ? l with { MaxBytes = MaxBytes } : l;

    private static CsafRolieFeed? Feed(JsonFields f, JsonElement root)
    {
        if (!f.IsObject(root, "") || f.Property(root, "", "feed", required: true) is not { } feed || !f.IsObject(feed, "/feed"))
        {
            return null;
        }

        var id = f.String(feed, "/feed", "id", required: true);
        var updated = f.Timestamp(feed, "/feed", "updated", required: true);
        var links = f.Array(feed, "/feed", "link", (e, at) => Link(f, e, at));
        var entries = f.Array(feed, "/feed", "entry", (e, at) => Entry(f, e, at));
        var next = links.FirstOrDefault(l => l.Rel == "next")?.Href;
        return id is null || updated is null ? null : new CsafRolieFeed(id, f.String(feed, "/feed", "title"), updated.Value, entries, next);
    }

    private static CsafRolieEntry? Entry(JsonFields f, JsonElement e, string at)
    {
        if (!f.IsObject(e, at))
        {
            return null;
        }

        var id = f.String(e, at, "id", required: true);
        var updated = f.Timestamp(e, at, "updated", required: true);
        var links = f.Array(e, at, "link", (l, p) => Link(f, l, p), required: true);
        Uri? source = null;
        if (f.Property(e, at, "content", required: false) is { } content && f.IsObject(content, at + "/content"))
        {
            source = DistributionUrls.Absolute(f, f.String(content, at + "/content", "src"), at + "/content/src");
        }

        var document = links.FirstOrDefault(l => l.Rel == "self")?.Href ?? source;
        if (document is null && id is not null && !f.HasErrors)
        {
            f.Error(at + "/link", "rolie-document", $"Entry '{DistributionUrls.Cut(id)}' has no link rel=self nor content.src to its document.");
        }

        return id is null || updated is null || document is null
            ? null
            : new CsafRolieEntry(id, updated.Value, document, [.. links.Where(l => l.Rel == "hash").Select(l => l.Href)],
                links.FirstOrDefault(l => l.Rel == "signature")?.Href);
    }

    private static RolieLink? Link(JsonFields f, JsonElement e, string at)
    {
        if (!f.IsObject(e, at))
        {
            return null;
        }

        var rel = f.String(e, at, "rel", required: true);
        var href = DistributionUrls.Absolute(f, f.String(e, at, "href", required: true), at + "/href");
        return rel is null || href is null ? null : new RolieLink(rel, href);
    }

    private sealed record RolieLink(string Rel, Uri Href);
}
