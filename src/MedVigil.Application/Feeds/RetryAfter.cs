using System.Net;

namespace MedVigil.Application.Feeds;

/// <summary>Reads <c>Retry-After</c> (RFC 9110 §10.2.3): a number of seconds, or an HTTP date.</summary>
public static class RetryAfter
{
    /// <summary>How long the server asked to wait, capped at <paramref name="max"/>; null when it did not ask.</summary>
    public static TimeSpan? DelayOf(HttpResponseMessage? response, DateTimeOffset now, TimeSpan max)
    {
        if (response is null || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var delay = header.Delta ?? (header.Date is { } date ? date - now : null);
        if (delay is not { } wait)
        {
            return null;
        }

        return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
    }
}
