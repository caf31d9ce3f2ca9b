using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using MedVigil.Application.Feeds;
using MedVigil.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Feeds;

/// <summary>The feed download pipeline against a real Kestrel server that misbehaves on purpose.</summary>
public sealed class FeedHttpClientTests : IAsyncLifetime
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"feed\":\"document\"}\n", 2000)));
    private FeedServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _server.Serve("/doc.json", Body, etag: "\"v1\"");
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static ServiceProvider Services(FeedHttpOptions? options = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(options ?? FeedTesting.Fast);
        services.AddMedVigilFeeds();
        return services.BuildServiceProvider();
    }

    private async Task<Domain.Common.Result<FeedResponse>> GetAsync(FeedRequest request, FeedHttpOptions? options = null)
    {
        await using var services = Services(options);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedHttpClient>().GetAsync(request, Ct);
    }

    [Fact]
    public async Task AWholeBodyComesBackWithItsValidators()
    {
        var result = await GetAsync(new FeedRequest(_server.Url("/doc.json")));

        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        result.Value.Content.ShouldBe(Body);
        result.Value.ETag.ShouldBe("\"v1\"");
        result.Value.NotModified.ShouldBeFalse();
    }

    [Fact]
    public async Task AMatchingETagGivesNotModified()
    {
        var result = await GetAsync(new FeedRequest(_server.Url("/doc.json")) { IfNoneMatch = "\"v1\"" });

        result.Value.NotModified.ShouldBeTrue();
        result.Value.Content.ShouldBeEmpty();
        _server.Requests.Single().Header("If-None-Match").ShouldBe("\"v1\"");
    }

    [Fact]
    public async Task TwoServiceUnavailableAnswersAreRetriedThenTheBodyArrives()
    {
        _server.Fault("/doc.json", FeedFault.Unavailable(), times: 2);

        var result = await GetAsync(new FeedRequest(_server.Url("/doc.json")));

        result.Value.Content.ShouldBe(Body);
        _server.RequestsTo("/doc.json").Count.ShouldBe(3);
    }

    [Fact]
    public async Task TooManyRequestsWaitsForRetryAfterSeconds()
    {
        _server.Fault("/doc.json", FeedFault.TooManyRequests("1"));
        var clock = Stopwatch.StartNew();

        var result = await GetAsync(new FeedRequest(_server.Url("/doc.json")));

        result.Value.Content.ShouldBe(Body);
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        _server.RequestsTo("/doc.json").Count.ShouldBe(2);
    }

    [Fact]
    public async Task RetryAfterIsReadAsSecondsOrAsAnHttpDateAndCapped()
    {
        var now = new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.TryAddWithoutValidation("Retry-After", "7");
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.TryAddWithoutValidation("Retry-After", now.AddSeconds(30).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        using var far = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        far.Headers.TryAddWithoutValidation("Retry-After", "86400");
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        RetryAfter.DelayOf(seconds, now, TimeSpan.FromMinutes(5)).ShouldBe(TimeSpan.FromSeconds(7));
        RetryAfter.DelayOf(date, now, TimeSpan.FromMinutes(5)).ShouldBe(TimeSpan.FromSeconds(30));
        RetryAfter.DelayOf(far, now, TimeSpan.FromMinutes(5)).ShouldBe(TimeSpan.FromMinutes(5));
        RetryAfter.DelayOf(none, now, TimeSpan.FromMinutes(5)).ShouldBeNull();
    }

    [Fact]
    public async Task ATruncatedBodyIsRetriedAndNeverHandedOnCut()
    {
        _server.Fault("/doc.json", new FeedFault.Truncated(0.4));

        var result = await GetAsync(new FeedRequest(_server.Url("/doc.json")));

        result.Value.Content.ShouldBe(Body);
        _server.RequestsTo("/doc.json").Count.ShouldBe(2);
    }

    [Fact]
    public async Task ABodyTruncatedOnEveryAttemptIsAnErrorNamingTheUrl()
    {
        _server.Fault("/doc.json", new FeedFault.Truncated(0.5), times: 10);

        var result = await GetAsync(new FeedRequest(_server.Url("/doc.json")));

        result.IsSuccess.ShouldBeFalse();
        result.Error.Message.ShouldContain("/doc.json");
        result.Error.Message.ShouldContain("truncated");
        _server.RequestsTo("/doc.json").Count.ShouldBe(FeedTesting.Fast.MaxRetries + 1);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedWithoutRetrying()
    {
        var result = await GetAsync(new FeedRequest(_server.Url("/doc.json")) { MaxBytes = 1000 });

        result.IsSuccess.ShouldBeFalse();
        result.Error.Message.ShouldContain("1000 accepted");
        _server.RequestsTo("/doc.json").Count.ShouldBe(1);
    }

    [Fact]
    public async Task NotFoundIsNotRetried()
    {
        var result = await GetAsync(new FeedRequest(_server.Url("/missing.json")));

        result.Error!.Message.ShouldContain("HTTP 404");
        _server.RequestsTo("/missing.json").Count.ShouldBe(1);
    }

    [Fact]
    public async Task AGzipEncodedBodyIsUnpackedAndAGzipBombRefused()
    {
        _server.Serve("/gz.json", Body, gzipEncoded: true);
        _server.Serve("/bomb.json", new byte[50_000_000], gzipEncoded: true);

        var plain = await GetAsync(new FeedRequest(_server.Url("/gz.json")));
        var bomb = await GetAsync(new FeedRequest(_server.Url("/bomb.json")), FeedTesting.Fast with { MaxResponseBytes = 10_000_000 });

        plain.Value.Content.ShouldBe(Body);
        _server.RequestsTo("/gz.json").Single().Header("Accept-Encoding").ShouldBe("gzip");
        bomb.Error!.Message.ShouldContain("unpacks to more than");
    }

    [Fact]
    public async Task AGzipBodyPackedTighterThanTheRatioLimitIsRefused()
    {
        _server.Serve("/zeros.json", new byte[2_000_000], gzipEncoded: true);

        var result = await GetAsync(new FeedRequest(_server.Url("/zeros.json")), FeedTesting.Fast with { MaxCompressionRatio = 10 });

        result.Error!.Message.ShouldContain("ratio 10");
        _server.RequestsTo("/zeros.json").Count.ShouldBe(1);
    }

    [Fact]
    public async Task AGzipFileServedAsItIsStaysPacked()
    {
        var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Body, Ct);
        }

        _server.Serve("/scores.csv.gz", packed.ToArray(), "application/gzip");

        var result = await GetAsync(new FeedRequest(_server.Url("/scores.csv.gz")));

        result.Value.Content.ShouldBe(packed.ToArray());
    }

    [Fact]
    public async Task SecretHeadersAreSentButNotInTheErrorMessage()
    {
        _server.Fault("/doc.json", FeedFault.Unavailable(), times: 10);

        var result = await GetAsync(new FeedRequest(_server.Url("/doc.json"), FeedClient.Nvd)
        {
            Secrets = new Dictionary<string, string> { [NvdApi.ApiKeyHeader] = "secret-key-123" },
        });

        _server.Requests.ShouldAllBe(r => r.Header("apiKey") == "secret-key-123");
        result.Error!.Message.ShouldContain("HTTP 503");
        result.Error.Message.ShouldNotContain("secret-key-123");
    }

    [Fact]
    public async Task AnAttemptThatTakesTooLongTimesOutAndIsRetried()
    {
        _server.Fault("/doc.json", new FeedFault.Slow(TimeSpan.FromSeconds(5)));

        var result = await GetAsync(new FeedRequest(_server.Url("/doc.json")), FeedTesting.Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(300) });

        result.Value.Content.ShouldBe(Body);
        _server.RequestsTo("/doc.json").Count.ShouldBe(2);
    }

    [Fact]
    public async Task TheNvdClientKeepsToItsRollingWindow()
    {
        var options = FeedTesting.Fast with { NvdRequestsPerWindow = 2, NvdWindow = TimeSpan.FromSeconds(1) };
        await using var services = Services(options);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<FeedHttpClient>().GetAsync(new FeedRequest(_server.Url("/doc.json"), FeedClient.Nvd), Ct);
            result.IsSuccess.ShouldBeTrue();
        }

        // 2 permits per second: the 5th request cannot start before 2 windows have passed.
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1.8));
    }
}
