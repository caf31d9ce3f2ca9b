using System.Threading.RateLimiting;

namespace MedVigil.Application.Feeds;

/// <summary>
/// NVD's published request limits as a rolling window shared by every NVD request of the process (each retry counts
/// too): 5 requests per 30 s without an API key, 50 with one. Requests wait in order for a permit.
/// </summary>
public sealed class NvdRateLimiter : IAsyncDisposable
{
    private readonly SlidingWindowRateLimiter _anonymous;
    private readonly SlidingWindowRateLimiter _withKey;

    public NvdRateLimiter(FeedHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _anonymous = Create(options.NvdRequestsPerWindow, options.NvdWindow);
        _withKey = Create(options.NvdRequestsPerWindowWithKey, options.NvdWindow);
    }

    public RateLimiter For(bool hasApiKey) => hasApiKey ? _withKey : _anonymous;

    public async ValueTask DisposeAsync()
    {
        await _anonymous.DisposeAsync();
        await _withKey.DisposeAsync();
    }

    private static SlidingWindowRateLimiter Create(int permits, TimeSpan window) => new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = 10,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
}

/// <summary>Takes a permit from the <see cref="NvdRateLimiter"/> before every attempt of an NVD request.</summary>
internal sealed class RateLimitHandler(NvdRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var hasKey = request.Headers.Contains(NvdApi.ApiKeyHeader);
        using var lease = await limiter.For(hasKey).AcquireAsync(1, cancellationToken);
        return lease.IsAcquired
            ? await base.SendAsync(request, cancellationToken)
            : throw new HttpRequestException("the NVD rate limiter refused the request");
    }
}
