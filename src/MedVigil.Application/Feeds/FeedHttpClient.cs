using System.Globalization;
using System.Net;
using MedVigil.Domain.Common;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace MedVigil.Application.Feeds;

/// <summary>
/// Downloads feed documents through the resilient clients of <see cref="FeedServices"/>: a complete body or a 304, or
/// an error saying what went wrong with which URL (after the retries). Secret headers are sent, never logged.
/// </summary>
public sealed class FeedHttpClient(IHttpClientFactory clients, FeedHttpOptions options, ILogger<FeedHttpClient> logger)
{
    public const string DefaultClientName = "medvigil-feeds";

    public const string NvdClientName = "medvigil-feeds-nvd";

    public async Task<Result<FeedResponse>> GetAsync(FeedRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = clients.CreateClient(request.Client == FeedClient.Nvd ? NvdClientName : DefaultClientName);
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        foreach (var (name, value) in request.Secrets)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.IfNoneMatch is { } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (request.IfModifiedSince is { } since)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", since);
        }

        message.Options.Set(BufferedBodyHandler.MaxBytesKey, request.MaxBytes ?? options.MaxResponseBytes);
        logger.LogDebug("GET {Url}", request.Url);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var validators = (ETag: response.Headers.ETag?.ToString(), LastModified: response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return FeedResponse.Unmodified(request.Url, validators.ETag ?? request.IfNoneMatch, validators.LastModified ?? request.IfModifiedSince);
            }

            if (!response.IsSuccessStatusCode)
            {
                return Failed(request.Url, string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
            }

            var bytes = response.Content is BufferedContent buffered ? buffered.Bytes : await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new FeedResponse(request.Url, false, bytes, validators.ETag, validators.LastModified);
        }
        catch (HttpRequestException e)
        {
            return Failed(request.Url, e.InnerException is { } inner && !e.Message.StartsWith("truncated", StringComparison.Ordinal)
                ? $"{e.Message} ({inner.Message})"
                : e.Message);
        }
        catch (FeedBodyException e)
        {
            return Failed(request.Url, e.Message);
        }
        catch (TimeoutRejectedException)
        {
            return Failed(request.Url, string.Create(CultureInfo.InvariantCulture, $"timed out (attempt {options.AttemptTimeout}, total {options.TotalTimeout})"));
        }
    }

    /// <summary>The error of a download that failed for good; names the URL and the retries, never a secret.</summary>
    public static Error Failed(Uri url, string reason)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new Error(ErrorKind.Validation, "feed_download_failed", $"GET {url}: {reason}; nothing from it was stored.",
            [new FieldError(url.GetLeftPart(UriPartial.Path), reason)]);
    }
}
