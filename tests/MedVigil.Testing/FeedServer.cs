using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedVigil.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) that serves feed files in their real layout, answers with faults a
/// test scripts per path (429 with <c>Retry-After</c>, 503, truncated bodies, corrupted bytes, slowness), and records
/// every request (path, query, headers) so tests can check the API key header and the windows asked for.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FeedFault?>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private WebApplication? _app;
    private int _inFlight;
    private int _maxInFlight;

    private FeedServer()
    {
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The most requests that were being answered at one time (1: never two at once).</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FeedServer> StartAsync()
    {
        var server = new FeedServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    /// <summary>The absolute URL of a path (and query) on this server.</summary>
    public Uri Url(string pathAndQuery) => new(Address, pathAndQuery);

    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => [.. _requests.Where(r => r.Path == path)];

    /// <summary>
    /// Serves fixed bytes at a path, with an <c>ETag</c> (answering a matching <c>If-None-Match</c> with 304) when
    /// given, and as <c>Content-Encoding: gzip</c> when <paramref name="gzipEncoded"/>.
    /// </summary>
    public void Serve(string path, byte[] body, string contentType = "application/json", string? etag = null, bool gzipEncoded = false)
    {
        var wire = gzipEncoded ? Gzip(body) : body;
        Handle(path, async context =>
        {
            if (etag is not null)
            {
                context.Response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch.Contains(etag))
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }

            context.Response.ContentType = contentType;
            if (gzipEncoded)
            {
                context.Response.Headers.ContentEncoding = "gzip";
            }

            await context.Response.Body.WriteAsync(wire);
        });
    }

    public void ServeFile(string path, string file, string contentType, string? etag = null) =>
        Serve(path, File.ReadAllBytes(file), contentType, etag);

    /// <summary>Answers a path with a handler of the test's own (an API that pages, filters…).</summary>
    public void Handle(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    /// <summary>
    /// Scripts faults for the path, after those already scripted: <paramref name="after"/> requests answered normally,
    /// then <paramref name="times"/> requests answered with the fault.
    /// </summary>
    public void Fault(string path, FeedFault fault, int times = 1, int after = 0)
    {
        var queue = _faults.GetOrAdd(path, _ => new ConcurrentQueue<FeedFault?>());
        for (var i = 0; i < after; i++)
        {
            queue.Enqueue(null);
        }

        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(fault);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); now > max; max = Volatile.Read(ref _maxInFlight))
        {
            Interlocked.CompareExchange(ref _maxInFlight, now, max);
        }

        try
        {
            await AnswerAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(new RecordedRequest(path, context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        FeedFault? fault = null;
        if (_faults.TryGetValue(path, out var queue))
        {
            queue.TryDequeue(out fault);
        }

        switch (fault)
        {
            case FeedFault.Status status:
                context.Response.StatusCode = status.Code;
                if (status.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = status.RetryAfter;
                }

                return;
            case FeedFault.Slow slow:
                await Task.Delay(slow.Delay, context.RequestAborted);
                break;
        }

        if (!_routes.TryGetValue(path, out var handler))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // The handler writes into a buffer, so a fault can cut or change the bytes it produced.
        var real = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await handler(context);
        }
        finally
        {
            context.Response.Body = real;
        }

        var body = buffer.ToArray();
        switch (fault)
        {
            case FeedFault.Truncated truncated:
                context.Response.ContentLength = body.Length;
                await real.WriteAsync(body.AsMemory(0, (int)(body.Length * truncated.Fraction)), context.RequestAborted);
                await real.FlushAsync(context.RequestAborted);
                await Task.Delay(200, context.RequestAborted); // let the client read the headers and the first bytes
                context.Abort();
                return;
            case FeedFault.Corrupt:
                for (var i = body.Length / 2; i < body.Length && i < (body.Length / 2) + 16; i++)
                {
                    body[i] ^= 0x5A;
                }

                break;
        }

        if (context.Response.StatusCode != StatusCodes.Status304NotModified)
        {
            context.Response.ContentLength = body.Length;
            await real.WriteAsync(body, context.RequestAborted);
        }
    }
}

/// <summary>A request the <see cref="FeedServer"/> received.</summary>
public sealed record RecordedRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>One query parameter, URL-decoded; null when absent.</summary>
    public string? QueryValue(string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query).TryGetValue(name, out var value) ? value.ToString() : null;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What a <see cref="FeedServer"/> does instead of (or to) its normal answer.</summary>
public abstract record FeedFault
{
    /// <summary>Answers with this status and no body, e.g. 429 or 503, with an optional <c>Retry-After</c>.</summary>
    public sealed record Status(int Code, string? RetryAfter = null) : FeedFault;

    /// <summary>Sends <c>Content-Length</c> of the whole body, then only a fraction of it, then aborts the connection.</summary>
    public sealed record Truncated(double Fraction = 0.5) : FeedFault;

    /// <summary>Changes bytes in the middle of the body (a wrong hash, a corrupt document).</summary>
    public sealed record Corrupt : FeedFault;

    /// <summary>Waits before answering normally.</summary>
    public sealed record Slow(TimeSpan Delay) : FeedFault;

    public static FeedFault TooManyRequests(string retryAfter = "0") => new Status(StatusCodes.Status429TooManyRequests, retryAfter);

    public static FeedFault Unavailable(string? retryAfter = null) => new Status(StatusCodes.Status503ServiceUnavailable, retryAfter);
}
