using MedVigil.Application.Feeds;

namespace MedVigil.Testing;

/// <summary>Feed download options for tests: the real pipeline, with delays and limits small enough to run fast.</summary>
public static class FeedTesting
{
    public static FeedHttpOptions Fast { get; } = new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        MaxRetryAfter = TimeSpan.FromSeconds(2),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(60),
        NvdRequestsPerWindow = 1000,
        NvdRequestsPerWindowWithKey = 1000,
        NvdWindow = TimeSpan.FromSeconds(1),
    };
}
