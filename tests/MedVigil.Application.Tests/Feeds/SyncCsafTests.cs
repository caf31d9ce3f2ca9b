using System.Diagnostics;
using MedVigil.Application.Feeds;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Feeds;

/// <summary>
/// CSAF sync against a real server serving the 134 ICSMA advisories as a trusted provider (directory + ROLIE), with
/// the database (advisories, source documents, feed state) checked after each scenario.
/// </summary>
public sealed class SyncCsafTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FeedServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static async Task<CsafProviderSync> SyncAsync(TestHost host, Uri url, bool aggregator = false)
    {
        var result = await host.Get<SyncCsaf>().ExecuteAsync(new SyncCsafCommand([url], aggregator), Ct);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value.Providers.ShouldHaveSingleItem();
    }

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    private static async Task<(int Advisories, int Documents, string? Watermark)> StoredAsync(TestHost host, CsafProviderSite site)
    {
        var db = Db(host);
        var state = await db.FeedStates.AsNoTracking().SingleAsync(f => f.Name == SyncCsaf.FeedOf(site.MetadataUrl), Ct);
        state.LeaseOwner.ShouldBeNull();
        return (await db.Advisories.CountAsync(a => a.Source == AdvisorySource.Csaf, Ct), await db.SourceDocuments.CountAsync(Ct), state.Watermark);
    }

    private static string? Mark(DateTimeOffset time) => OrderedWatermark.Format(time);

    /// <summary>The watermark a run that failed on <paramref name="failed"/> keeps: the latest time before it.</summary>
    private static string? MarkBefore(CsafProviderSite site, CsafProviderSite.Document failed) =>
        Mark(site.Documents.Where(d => d.Updated < failed.Updated).Max(d => d.Updated));

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheFirstRunImportsAllThenASecondRunFetchesOnlyTheListings(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new CsafProviderSite(_server);

        var first = await SyncAsync(host, site.MetadataUrl);

        site.Documents.Count.ShouldBe(134);
        (first.Seen, first.Imported, first.Unchanged, first.Failures.Count, first.Error).ShouldBe((134, 134, 0, 0, null));
        first.Watermark.ShouldBe(Mark(site.Documents[^1].Updated));
        (await StoredAsync(host, site)).ShouldBe((134, 134, first.Watermark));
        site.DocumentRequests().Count.ShouldBe(134); // each URL once, though both the feed and the directory list it
        _server.RequestsTo(CsafProviderSite.IndexPath).Count.ShouldBe(1);
        _server.RequestsTo(CsafProviderSite.GreenFeedPath).ShouldBeEmpty();
        var before = _server.Requests.Count;

        var second = await SyncAsync(host, site.MetadataUrl);

        (second.Seen, second.Imported, second.Failures.Count, second.Watermark, second.Succeeded).ShouldBe((0, 0, 0, first.Watermark, true));
        _server.Requests.Skip(before).Select(r => r.Path).Distinct().Order(StringComparer.Ordinal).ShouldBe(
            ["/.well-known/csaf/feed-tlp-white-page2.json", "/.well-known/csaf/feed-tlp-white-page3.json", CsafProviderSite.FeedPath,
             CsafProviderSite.MetadataPath, CsafProviderSite.ChangesPath]);
        (await StoredAsync(host, site)).ShouldBe((134, 134, first.Watermark));
        (await Db(host).FeedStates.SingleAsync(f => f.Name == SyncCsaf.FeedOf(site.MetadataUrl), Ct)).LastSuccessAt.ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ADocumentNewInChangesCsvIsTheOnlyOneFetched(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new CsafProviderSite(_server, p => p.StartsWith("2019/", StringComparison.Ordinal));
        await SyncAsync(host, site.MetadataUrl);
        var when = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var revised = site.Revise(site.Documents[0], when);
        var before = site.DocumentRequests().Count;

        var next = await SyncAsync(host, site.MetadataUrl);

        (next.Seen, next.Imported, next.Superseded, next.Failures.Count, next.Watermark).ShouldBe((1, 0, 1, 0, Mark(when)));
        site.DocumentRequests().Skip(before).ShouldBe([CsafProviderSite.PathOf(revised)]);
        var db = Db(host);
        var revisions = await db.Advisories.Where(a => a.ExternalId == revised.TrackingId).ToListAsync(Ct);
        revisions.Select(a => (a.Revision, a.IsCurrent)).ShouldBe([("1", false), ("2", true)], ignoreOrder: true);
        (await StoredAsync(host, site)).ShouldBe((site.Documents.Count + 1, site.Documents.Count + 1, Mark(when)));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AWrongHashRefusesThatDocumentOnlyAndHoldsTheWatermarkBeforeIt(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new CsafProviderSite(_server);
        var bad = site.Documents[60];
        site.WrongHash(bad);

        var first = await SyncAsync(host, site.MetadataUrl);

        (first.Imported, first.HashMismatches, first.Succeeded).ShouldBe((133, 1, false));
        var failure = first.Failures.ShouldHaveSingleItem();
        failure.Url.AbsolutePath.ShouldBe(CsafProviderSite.PathOf(bad));
        failure.Reason.ShouldContain("Sha256 mismatch");
        first.Watermark.ShouldBe(MarkBefore(site, bad));
        (await StoredAsync(host, site)).ShouldBe((133, 133, MarkBefore(site, bad)));
        (await Db(host).Advisories.AnyAsync(a => a.ExternalId == bad.TrackingId, Ct)).ShouldBeFalse();
        (await Db(host).FeedStates.SingleAsync(f => f.Name == SyncCsaf.FeedOf(site.MetadataUrl), Ct)).LastError.ShouldContain("mismatch");

        site.RightHash(bad);
        var before = site.DocumentRequests().Count;
        var next = await SyncAsync(host, site.MetadataUrl);

        var resumed = site.Documents.Where(d => d.Updated >= bad.Updated).ToList();
        (next.Seen, next.Imported, next.Unchanged, next.Succeeded).ShouldBe((resumed.Count, 1, resumed.Count - 1, true));
        site.DocumentRequests().Skip(before).Order(StringComparer.Ordinal).ShouldBe(resumed.Select(CsafProviderSite.PathOf).Order(StringComparer.Ordinal));
        (await StoredAsync(host, site)).ShouldBe((134, 134, Mark(site.Documents[^1].Updated)));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ABodyTruncatedEveryTimeIsNeverStoredAndTheNextRunResumesAtTheWatermark(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new CsafProviderSite(_server, p => p.StartsWith("2020/", StringComparison.Ordinal) || p.StartsWith("2021/", StringComparison.Ordinal));
        var cut = site.Documents[site.Documents.Count / 2];
        _server.Fault(CsafProviderSite.PathOf(cut), new FeedFault.Truncated(0.6), times: FeedTesting.Fast.MaxRetries + 1);

        var first = await SyncAsync(host, site.MetadataUrl);

        var failure = first.Failures.ShouldHaveSingleItem();
        failure.Reason.ShouldContain("truncated");
        (first.Imported, first.Watermark).ShouldBe((site.Documents.Count - 1, MarkBefore(site, cut)));
        (await Db(host).Advisories.AnyAsync(a => a.ExternalId == cut.TrackingId, Ct)).ShouldBeFalse();
        (await StoredAsync(host, site)).ShouldBe((site.Documents.Count - 1, site.Documents.Count - 1, MarkBefore(site, cut)));

        var next = await SyncAsync(host, site.MetadataUrl);

        (next.Seen, next.Imported, next.Succeeded).ShouldBe((site.Documents.Count(d => d.Updated >= cut.Updated), 1, true));
        (await StoredAsync(host, site)).ShouldBe((site.Documents.Count, site.Documents.Count, Mark(site.Documents[^1].Updated)));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AServerDownMidWayStopsTheRunWhichTheNextRunResumes(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new CsafProviderSite(_server, p => p.StartsWith("2022/", StringComparison.Ordinal) || p.StartsWith("2023/", StringComparison.Ordinal));
        var down = site.Documents.Skip(5).ToList();
        var isDown = true;
        foreach (var document in down)
        {
            _server.Handle(CsafProviderSite.PathOf(document), async context =>
            {
                if (isDown)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                }

                await context.Response.Body.WriteAsync(document.Bytes, context.RequestAborted);
            });
        }

        var first = await SyncAsync(host, site.MetadataUrl);

        first.Error!.Message.ShouldContain($"{SyncCsaf.MaxFailedDownloadsInARow} downloads failed in a row");
        (first.Imported, first.Failures.Count).ShouldBe((5, SyncCsaf.MaxFailedDownloadsInARow));
        (await StoredAsync(host, site)).ShouldBe((5, 5, MarkBefore(site, down[0])));

        _server.RequestsTo(CsafProviderSite.PathOf(down[SyncCsaf.MaxFailedDownloadsInARow])).ShouldBeEmpty();
        isDown = false;
        var next = await SyncAsync(host, site.MetadataUrl);

        (next.Seen, next.Succeeded, next.Imported).ShouldBe((site.Documents.Count(d => d.Updated >= down[0].Updated), true, site.Documents.Count - 5));
        (await StoredAsync(host, site)).ShouldBe((site.Documents.Count, site.Documents.Count, Mark(site.Documents[^1].Updated)));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ServiceUnavailableIsRetriedAndRetryAfterIsHonoured(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new CsafProviderSite(_server, p => p.StartsWith("2019/", StringComparison.Ordinal));
        _server.Fault(CsafProviderSite.ChangesPath, FeedFault.Unavailable());
        var slowed = site.Documents[0];
        var real = File.ReadAllBytes(SharedData.Path("icsma", slowed.Path));
        var answered = new List<long>();
        _server.Handle(CsafProviderSite.PathOf(slowed), async context =>
        {
            answered.Add(Stopwatch.GetTimestamp());
            if (answered.Count == 1)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            await context.Response.Body.WriteAsync(real, context.RequestAborted);
        });

        var summary = await SyncAsync(host, site.MetadataUrl);

        (summary.Imported, summary.Succeeded).ShouldBe((site.Documents.Count, true));
        _server.RequestsTo(CsafProviderSite.ChangesPath).Count.ShouldBe(2);
        answered.Count.ShouldBe(2);
        Stopwatch.GetElapsedTime(answered[0], answered[1]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        (await StoredAsync(host, site)).ShouldBe((site.Documents.Count, site.Documents.Count, Mark(site.Documents[^1].Updated)));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnAggregatorLeadsToItsProvidersAndABrokenListingStoresNothing(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new CsafProviderSite(_server, p => p.StartsWith("2017/", StringComparison.Ordinal) || p.StartsWith("2018/", StringComparison.Ordinal));
        _server.Serve("/.well-known/csaf-aggregator/aggregator.json", System.Text.Encoding.UTF8.GetBytes($$$"""
            {"aggregator":{"category":"lister","name":"Test lister","namespace":"https://lister.example"},"aggregator_version":"2.0",
             "canonical_url":"{{{_server.Url("/.well-known/csaf-aggregator/aggregator.json")}}}","last_updated":"2024-01-01T00:00:00Z",
             "csaf_providers":[{"metadata":{"last_updated":"2024-01-01T00:00:00Z","url":"{{{site.MetadataUrl}}}"}}]}
            """));
        _server.Serve(CsafProviderSite.ChangesPath, "\"../../secret.json\",\"2024-01-01T00:00:00Z\"\n"u8.ToArray(), "text/csv");

        var broken = await SyncAsync(host, _server.Url("/.well-known/csaf-aggregator/aggregator.json"), aggregator: true);

        broken.MetadataUrl.ShouldBe(site.MetadataUrl);
        broken.Error!.Fields.ShouldContain(f => f.Field == "line 1" && f.Message.StartsWith("csaf-path", StringComparison.Ordinal));
        (await StoredAsync(host, site)).ShouldBe((0, 0, null));

        site.Revise(site.Documents[^1], new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)); // serves a good changes.csv again
        var fixedRun = await SyncAsync(host, _server.Url("/.well-known/csaf-aggregator/aggregator.json"), aggregator: true);

        (fixedRun.Imported, fixedRun.Succeeded).ShouldBe((site.Documents.Count, true));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AProviderLeasedByAnotherRunIsNotTouched(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new CsafProviderSite(_server, p => p.StartsWith("2017/", StringComparison.Ordinal));
        var other = FeedLease.For(SyncCsaf.FeedOf(site.MetadataUrl), TimeSpan.FromMinutes(5));
        (await host.Get<FeedStates>().TryAcquireAsync(other, Ct)).ShouldBeTrue();

        var busy = await SyncAsync(host, site.MetadataUrl);

        busy.Error!.Code.ShouldBe("feed_busy");
        _server.Requests.ShouldBeEmpty();
        (await Db(host).Advisories.CountAsync(Ct)).ShouldBe(0);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ADirectoryWithoutChangesCsvIsListedFromIndexTxtEveryRunAndItsWatermarkStaysUnset(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var root = SharedData.Path("icsma");
        var paths = Directory.GetFiles(Path.Combine(root, "2018"), "*.json").Select(f => "2018/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).Take(3).ToList();
        foreach (var path in paths)
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, path));
            _server.Serve("/csaf/" + path, bytes);
            _server.Serve("/csaf/" + path + ".sha512", System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(System.Security.Cryptography.SHA512.HashData(bytes))), "text/plain");
        }

        _server.Serve("/csaf/index.txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', paths)), "text/plain");
        _server.Serve("/provider-metadata.json", System.Text.Encoding.UTF8.GetBytes($$$"""
            {"canonical_url":"{{{_server.Url("/provider-metadata.json")}}}","distributions":[{"directory_url":"{{{_server.Url("/csaf")}}}"}],
             "last_updated":"2024-01-01T00:00:00Z","list_on_CSAF_aggregators":false,"mirror_on_CSAF_aggregators":false,"metadata_version":"2.0",
             "publisher":{"category":"vendor","name":"Test","namespace":"https://test.example"},"role":"csaf_provider"}
            """));
        var url = _server.Url("/provider-metadata.json");

        var first = await SyncAsync(host, url);
        var second = await SyncAsync(host, url);

        (first.Seen, first.Imported, first.Succeeded, first.Watermark).ShouldBe((3, 3, true, null));
        (second.Seen, second.Unchanged, second.Succeeded).ShouldBe((3, 3, true));
        _server.RequestsTo("/csaf/changes.csv").Count.ShouldBe(2);
        _server.RequestsTo("/csaf/" + paths[0] + ".sha256").Count.ShouldBe(2); // 404, then the .sha512 beside it
        var db = Db(host);
        (await db.Advisories.CountAsync(Ct), await db.SourceDocuments.CountAsync(Ct)).ShouldBe((3, 3));
        (await db.FeedStates.SingleAsync(f => f.Name == SyncCsaf.FeedOf(url), Ct)).Watermark.ShouldBeNull();
    }
}
