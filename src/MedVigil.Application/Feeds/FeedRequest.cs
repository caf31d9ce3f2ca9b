namespace MedVigil.Application.Feeds;

/// <summary>Which configured HTTP client a feed uses: NVD's adds its rate limiter.</summary>
public enum FeedClient
{
    Default,
    Nvd,
}

/// <summary>
/// One GET of a feed document. <see cref="Secrets"/> are headers sent but never logged nor put in messages (the
/// NVD <c>apiKey</c>). <see cref="IfNoneMatch"/> and <see cref="IfModifiedSince"/> make it conditional.
/// </summary>
public sealed record FeedRequest(Uri Url, FeedClient Client = FeedClient.Default)
{
    public long? MaxBytes { get; init; }

    public IReadOnlyDictionary<string, string> Secrets { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string? IfNoneMatch { get; init; }

    public string? IfModifiedSince { get; init; }
}

/// <summary>A complete feed body (never a truncated one), or a 304.</summary>
public sealed record FeedResponse(Uri Url, bool NotModified, byte[] Content, string? ETag, string? LastModified)
{
    public static FeedResponse Unmodified(Uri url, string? etag, string? lastModified) => new(url, true, [], etag, lastModified);
}
