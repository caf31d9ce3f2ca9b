using MedVigil.Application.Feeds;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Feeds;

/// <summary>EPSS sync of FIRST's daily gzip file from a real server.</summary>
public sealed class SyncEpssTests : IAsyncLifetime
{
    private const string Path = "/epss_scores-current.csv.gz";
    private FeedServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FeedServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheDailyFileIsImportedOnceAndItsScoreDateIsTheWatermark(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _server.ServeFile(Path, SharedData.Path("epss", "epss_scores-2026-01-30.csv.gz"), "application/gzip");
        _server.Fault(Path, FeedFault.Unavailable("0"));

        var first = await host.Get<SyncEpss>().ExecuteAsync(new SyncEpssCommand(_server.Url(Path)), Ct);
        var again = await host.Get<SyncEpss>().ExecuteAsync(new SyncEpssCommand(_server.Url(Path)), Ct);

        first.IsSuccess.ShouldBeTrue(first.Error?.Message);
        (first.Value.Documents, first.Value.Watermark, first.Value.Succeeded).ShouldBe((1, "2026-01-30", true));
        first.Value.Records.ShouldBeGreaterThan(100_000);
        (again.Value.Documents, again.Value.Skipped, again.Value.Watermark).ShouldBe((0, 1, "2026-01-30"));
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        (await db.EpssScores.CountAsync(Ct)).ShouldBe(first.Value.Records);
        (await db.FeedStates.SingleAsync(f => f.Name == SyncEpss.Feed, Ct)).Watermark.ShouldBe("2026-01-30");
    }
}
