using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;

namespace MedVigil.Application.Feeds;

/// <summary>
/// The innermost feed handler: reads a successful response's whole body under a byte limit, inside the retry, so a
/// body cut short (the connection closed before <c>Content-Length</c> bytes, or a chunked body ended early) is a
/// transient <see cref="HttpRequestException"/> that is retried, and what leaves this handler is always complete.
/// A <c>Content-Encoding: gzip</c> body is unpacked here under the same limit and a ratio limit.
/// </summary>
internal sealed class BufferedBodyHandler(FeedHttpOptions options) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<long> MaxBytesKey = new("medvigil.feed.max-bytes");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.AcceptEncoding.Any(e => string.Equals(e.Value, "gzip", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return response;
        }

        var maxBytes = request.Options.TryGetValue(MaxBytesKey, out var max) ? Math.Min(max, options.MaxResponseBytes) : options.MaxResponseBytes;
        try
        {
            var bytes = await ReadAsync(response.Content, maxBytes, cancellationToken);
            var encodings = response.Content.Headers.ContentEncoding;
            if (encodings.Count > 0)
            {
                bytes = encodings.Count == 1 && encodings.Contains("gzip", StringComparer.OrdinalIgnoreCase)
                    ? Gunzip(bytes, maxBytes)
                    : throw new FeedBodyException($"unsupported Content-Encoding '{string.Join(", ", encodings)}'");
            }

            var buffered = new BufferedContent(bytes);
            foreach (var header in response.Content.Headers.Where(h => !IsRepresentationHeader(h.Key)))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static bool IsRepresentationHeader(string name) =>
        name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase);

    private static async Task<byte[]> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw new FeedBodyException(string.Create(CultureInfo.InvariantCulture, $"the body is {declared} bytes, more than the {maxBytes} accepted"));
        }

        using var buffer = new MemoryStream(declared is { } length ? (int)Math.Min(length, 64 * 1024 * 1024) : 81920);
        var chunk = new byte[81920];
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            int count;
            while ((count = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + count > maxBytes)
                {
                    throw new FeedBodyException(string.Create(CultureInfo.InvariantCulture, $"the body is more than the {maxBytes} bytes accepted"));
                }

                buffer.Write(chunk, 0, count);
            }
        }
        catch (IOException e)
        {
            throw new HttpRequestException(string.Create(CultureInfo.InvariantCulture,
                $"truncated body: the connection ended after {buffer.Length} of {declared?.ToString(CultureInfo.InvariantCulture) ?? "?"} bytes ({e.Message})"), e);
        }

        if (declared is { } expected && buffer.Length != expected)
        {
            throw new HttpRequestException(string.Create(CultureInfo.InvariantCulture, $"truncated body: {buffer.Length} of {expected} bytes"));
        }

        return buffer.ToArray();
    }

    private byte[] Gunzip(byte[] packed, long maxBytes)
    {
        var limit = Math.Min(maxBytes, Math.Max(1L, packed.LongLength) * options.MaxCompressionRatio);
        using var output = new MemoryStream();
        try
        {
            using var gzip = new GZipStream(new MemoryStream(packed, writable: false), CompressionMode.Decompress);
            var chunk = new byte[81920];
            int count;
            while ((count = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + count > limit)
                {
                    throw new FeedBodyException(string.Create(CultureInfo.InvariantCulture,
                        $"the gzip body unpacks to more than {limit} bytes (limit {maxBytes}, ratio {options.MaxCompressionRatio})"));
                }

                output.Write(chunk, 0, count);
            }
        }
        catch (InvalidDataException e)
        {
            throw new FeedBodyException("the gzip body is corrupt: " + e.Message, e);
        }

        return output.ToArray();
    }
}

/// <summary>A body read whole by <see cref="BufferedBodyHandler"/>; its bytes are handed on without a copy.</summary>
internal sealed class BufferedContent(byte[] bytes) : ByteArrayContent(bytes)
{
    public byte[] Bytes { get; } = bytes;
}
