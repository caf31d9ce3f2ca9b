using MedVigil.Application.Feeds;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Feeds;

/// <summary>OSV sync against a real server serving the Go vulndb records as OSV's bucket does; the database checked each time.</summary>
public sealed class SyncOsvTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FeedServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private async Task<OsvEcosystemSync> SyncAsync(TestHost host, OsvArchiveLimits? limits = null)
    {
        var result = await host.Get<SyncOsv>().ExecuteAsync(new SyncOsvCommand(["Go"], _server.Url("/"), limits), Ct);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value.Ecosystems.ShouldHaveSingleItem();
    }

    private static async Task<(int Advisories, int Current, int Documents, string? Watermark)> StoredAsync(TestHost host)
    {
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        var state = await db.FeedStates.AsNoTracking().SingleAsync(f => f.Name == SyncOsv.FeedOf("Go"), Ct);
        state.LeaseOwner.ShouldBeNull();
        return (await db.Advisories.CountAsync(a => a.Source == AdvisorySource.Osv, Ct),
            await db.Advisories.CountAsync(a => a.Source == AdvisorySource.Osv && a.SupersededById == null, Ct),
            await db.SourceDocuments.CountAsync(Ct), state.Watermark);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheFirstRunImportsTheArchiveThenOnlyAChangedRecordIsFetched(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new OsvBucketSite(_server);

        var first = await SyncAsync(host);

        site.Count.ShouldBe(215);
        (first.FromArchive, first.Seen, first.Imported, first.Failures.Count, first.Error).ShouldBe((true, 215, 215, 0, null));
        first.Watermark.ShouldBe(OrderedWatermark.Format(site.Newest));
        site.RecordRequests().ShouldBeEmpty();
        (await StoredAsync(host)).ShouldBe((215, 215, 215, first.Watermark));

        var again = await SyncAsync(host);

        (again.FromArchive, again.Seen, again.Succeeded).ShouldBe((false, 0, true));
        _server.RequestsTo(OsvBucketSite.ArchivePath).Count.ShouldBe(1);

        var when = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        site.Modify("GO-2020-0001", when);
        var changed = await SyncAsync(host);

        (changed.Seen, changed.Superseded, changed.Watermark).ShouldBe((1, 1, OrderedWatermark.Format(when)));
        site.RecordRequests().ShouldBe([OsvBucketSite.RecordPath("GO-2020-0001")]);
        (await StoredAsync(host)).ShouldBe((216, 215, 216, OrderedWatermark.Format(when)));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AZipBombIsRefusedBeforeAnythingIsStored(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _ = new OsvBucketSite(_server);
        var bomb = OsvBucketSite.Zip([("GO-2020-0001.json", File.ReadAllBytes(SharedData.Path("osv", "golang-vulndb", "GO-2020-0001.json"))),
            ("GO-9999-0001.json", new byte[64 * 1024 * 1024])]);
        bomb.Length.ShouldBeLessThan(1024 * 1024);
        _server.Serve(OsvBucketSite.ArchivePath, bomb, "application/zip");

        var refused = await SyncAsync(host);

        refused.Error!.Message.ShouldContain("GO-9999-0001.json");
        refused.Error.Message.ShouldContain("zip bomb");
        (await StoredAsync(host)).ShouldBe((0, 0, 0, null));

        var many = await SyncAsync(host, OsvArchiveLimits.Default with { MaxEntries = 1 });

        many.Error!.Message.ShouldContain("2 entries, more than the 1 accepted");
        (await StoredAsync(host)).ShouldBe((0, 0, 0, null));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ATruncatedArchiveStoresNothingAndARecordThatFailsHoldsTheWatermark(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var site = new OsvBucketSite(_server);
        _server.Fault(OsvBucketSite.ArchivePath, new FeedFault.Truncated(0.5), times: FeedTesting.Fast.MaxRetries + 1);

        var cut = await SyncAsync(host);

        cut.Error!.Message.ShouldContain("truncated");
        (await StoredAsync(host)).ShouldBe((0, 0, 0, null));

        var imported = await SyncAsync(host);
        var older = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var newer = older.AddDays(1);
        site.Modify("GO-2020-0001", older);
        site.Modify("GO-2020-0024", newer);
        _server.Fault(OsvBucketSite.RecordPath("GO-2020-0001"), FeedFault.Unavailable(), times: FeedTesting.Fast.MaxRetries + 1);

        var failed = await SyncAsync(host);

        (imported.Imported, failed.Seen, failed.Superseded, failed.Failures.Count).ShouldBe((215, 2, 1, 1));
        failed.Failures[0].Reason.ShouldContain("HTTP 503");
        (await StoredAsync(host)).ShouldBe((216, 215, 216, imported.Watermark));

        var resumed = await SyncAsync(host);

        (resumed.Seen, resumed.Superseded, resumed.Unchanged, resumed.Succeeded).ShouldBe((2, 1, 1, true));
        (await StoredAsync(host)).ShouldBe((217, 215, 217, OrderedWatermark.Format(newer)));
    }
}
