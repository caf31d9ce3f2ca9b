using MedVigil.Domain.Common;

namespace MedVigil.Domain.Feeds;

/// <summary>
/// Where the synchronisation of one feed stands (ADR 0014): its watermark, the last attempt and success, the last
/// error, and the lease that keeps two runners (a CLI run, the server's scheduler, several hosts) from syncing the
/// same feed at once. Global reference data, like <see cref="Vulnerabilities.Advisory"/>; keyed by feed name
/// (<c>nvd</c>, <c>kev</c>, <c>epss</c>, <c>csaf:&lt;provider-url&gt;</c>, <c>osv:&lt;ecosystem&gt;</c>).
/// The lease is taken and the state is written with conditional updates, never through change tracking.
/// </summary>
public sealed class FeedState
{
    public const int MaxNameLength = 300;

    public const int MaxWatermarkLength = 200;

    public const int MaxErrorLength = 500;

    public const int MaxOwnerLength = 200;

    private FeedState()
    {
        Name = string.Empty;
    }

    /// <summary>The feed's name: the key.</summary>
    public string Name { get; private set; }

    /// <summary>
    /// How far the feed has been imported, in the feed's own terms: NVD the end of the last fully imported
    /// <c>lastModified</c> window (round-trip UTC), KEV the catalog version, EPSS the score date. Null before the
    /// first success.
    /// </summary>
    public string? Watermark { get; private set; }

    /// <summary>The HTTP validators of the last response imported (<c>ETag</c>, <c>Last-Modified</c>), for 304s.</summary>
    public string? ETag { get; private set; }

    public string? LastModified { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset? LastSuccessAt { get; private set; }

    /// <summary>The last failure, short and without secrets; cleared by a success.</summary>
    public string? LastError { get; private set; }

    /// <summary>Who holds the lease (host, process, run), null when free.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>Until when the lease holds; an expired lease may be taken by anyone.</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    public static FeedState Create(string name) => new() { Name = Guard.Text(name, nameof(name), MaxNameLength) };

    /// <summary>Whether <paramref name="owner"/> holds the lease at <paramref name="now"/>.</summary>
    public bool IsLeasedBy(string owner, DateTimeOffset now) =>
        string.Equals(LeaseOwner, owner, StringComparison.Ordinal) && LeaseUntil > now;

    /// <summary>An error message cut to <see cref="MaxErrorLength"/>.</summary>
    public static string ShortError(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxErrorLength ? line : string.Concat(line.AsSpan(0, MaxErrorLength - 1), "…");
    }
}
