using MedVigil.Application.Feeds;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Feeds;

/// <summary>KEV sync against a real server serving CISA's catalog, with the database checked after each scenario.</summary>
public sealed class SyncKevTests : IAsyncLifetime
{
    private const string Path = "/sites/default/files/feeds/known_exploited_vulnerabilities.json";
    private FeedServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Catalog => SharedData.Path("kev", "known_exploited_vulnerabilities.json");

    public async ValueTask InitializeAsync() => _server = await FeedServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private async Task<FeedSyncSummary> SyncAsync(TestHost host)
    {
        var result = await host.Get<SyncKev>().ExecuteAsync(new SyncKevCommand(_server.Url(Path)), Ct);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value;
    }

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheCatalogIsImportedThenANotModifiedAnswerChangesNothing(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _server.ServeFile(Path, Catalog, "application/json", etag: "\"kev-2025.08.25\"");

        var first = await SyncAsync(host);
        var second = await SyncAsync(host);

        (first.Documents, first.Records, first.Skipped, first.Watermark).ShouldBe((1, 1404, 0, "2025.08.25"));
        (second.Documents, second.Skipped, second.Watermark, second.Succeeded).ShouldBe((0, 1, "2025.08.25", true));
        _server.RequestsTo(Path)[1].Header("If-None-Match").ShouldBe("\"kev-2025.08.25\"");
        var db = Db(host);
        (await db.Vulnerabilities.CountAsync(v => v.KnownExploited, Ct)).ShouldBe(1404);
        var state = await db.FeedStates.SingleAsync(f => f.Name == SyncKev.Feed, Ct);
        (state.Watermark, state.ETag, state.LastError, state.LeaseOwner).ShouldBe(("2025.08.25", "\"kev-2025.08.25\"", null, null));
        state.LastSuccessAt.ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ServiceUnavailableAndTooManyRequestsAreRetried(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _server.ServeFile(Path, Catalog, "application/json");
        _server.Fault(Path, FeedFault.Unavailable());
        _server.Fault(Path, FeedFault.TooManyRequests("0"));

        var summary = await SyncAsync(host);

        (summary.Documents, summary.Records, summary.Succeeded).ShouldBe((1, 1404, true));
        _server.RequestsTo(Path).Count.ShouldBe(3);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ABodyTruncatedEveryTimeStoresNothingAndTheNextRunImportsIt(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _server.ServeFile(Path, Catalog, "application/json");
        _server.Fault(Path, new FeedFault.Truncated(0.7), times: FeedTesting.Fast.MaxRetries + 1);

        var failed = await SyncAsync(host);

        failed.Succeeded.ShouldBeFalse();
        failed.Error!.Message.ShouldContain(Path);
        var db = Db(host);
        (await db.SourceDocuments.CountAsync(Ct), await db.KevReleases.CountAsync(Ct), await db.Vulnerabilities.CountAsync(Ct)).ShouldBe((0, 0, 0));
        var state = await db.FeedStates.AsNoTracking().SingleAsync(f => f.Name == SyncKev.Feed, Ct);
        (state.Watermark, state.LeaseOwner, state.LastSuccessAt).ShouldBe((null, null, null));
        state.LastError.ShouldContain("truncated");

        var next = await SyncAsync(host);

        (next.Documents, next.Watermark).ShouldBe((1, "2025.08.25"));
        (await db.FeedStates.AsNoTracking().SingleAsync(f => f.Name == SyncKev.Feed, Ct)).LastError.ShouldBeNull();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ACorruptCatalogIsRefusedWithItsLocationAndNothingIsStored(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _server.ServeFile(Path, Catalog, "application/json");
        _server.Fault(Path, new FeedFault.Corrupt());

        var summary = await SyncAsync(host);

        summary.Succeeded.ShouldBeFalse();
        summary.Error!.Message.ShouldContain("nothing was imported");
        summary.Error.Fields.ShouldNotBeEmpty();
        var db = Db(host);
        (await db.SourceDocuments.CountAsync(Ct), await db.KevReleases.CountAsync(Ct)).ShouldBe((0, 0));
        (await db.FeedStates.SingleAsync(f => f.Name == SyncKev.Feed, Ct)).Watermark.ShouldBeNull();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnOlderCatalogServedLaterIsStaleAndKeepsTheWatermark(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _server.ServeFile(Path, Catalog, "application/json");
        await SyncAsync(host);
        _server.ServeFile(Path, SharedData.Path("kev", "history", "known_exploited_vulnerabilities-2025.01.24.json"), "application/json");

        var stale = await SyncAsync(host);

        (stale.Documents, stale.Skipped, stale.Watermark).ShouldBe((0, 1, "2025.08.25"));
        (await Db(host).KevReleases.CountAsync(Ct)).ShouldBe(1);
    }
}
