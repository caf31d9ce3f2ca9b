namespace MedVigil.Application.Feeds;

/// <summary>
/// How feed downloads behave (ADR 0014): retries with exponential backoff and jitter on 429, 5xx, 408, timeouts and
/// truncated bodies, honouring <c>Retry-After</c> up to <see cref="MaxRetryAfter"/>; a timeout per attempt and one
/// over all attempts; limits on the body and on what a gzip body may unpack to. Tests shrink the delays.
/// </summary>
public sealed record FeedHttpOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first backoff delay; each retry doubles it (with jitter) up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest <c>Retry-After</c> waited for; a longer one is shortened to this.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The largest body accepted (on the wire, and again after gzip decoding).</summary>
    public long MaxResponseBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The largest unpacked-to-packed ratio of a <c>Content-Encoding: gzip</c> body (a gzip bomb beyond).</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    public string UserAgent { get; init; } = "MedVigil-FeedSync/1.0 (+https://github.com/medvigil)";

    /// <summary>NVD's published limit: 5 requests in a rolling 30 s without an API key, 50 with one.</summary>
    public int NvdRequestsPerWindow { get; init; } = 5;

    public int NvdRequestsPerWindowWithKey { get; init; } = 50;

    public TimeSpan NvdWindow { get; init; } = TimeSpan.FromSeconds(30);
}
