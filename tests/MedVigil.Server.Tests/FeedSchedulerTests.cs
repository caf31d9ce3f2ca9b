using MedVigil.Application.Feeds;
using MedVigil.Persistence;
using MedVigil.Server.Hosting;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Server.Tests;

/// <summary>The server's feed scheduler: a real server syncing KEV from a real FeedServer, and two servers racing.</summary>
public sealed class FeedSchedulerTests : IAsyncLifetime
{
    private const string KevPath = "/feeds/known_exploited_vulnerabilities.json";
    private FeedServer _feeds = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        _feeds.ServeFile(KevPath, SharedData.Path("kev", "known_exploited_vulnerabilities.json"), "application/json", etag: "\"k1\"");
    }

    public async ValueTask DisposeAsync() => await _feeds.DisposeAsync();

    private ServerSettings KevEvery(string interval) => new()
    {
        CredentialRequestsPerMinute = 10_000,
        Configuration = new Dictionary<string, string?>
        {
            ["Feeds:kev:Enabled"] = "true",
            ["Feeds:kev:Url"] = _feeds.Url(KevPath).ToString(),
            ["Feeds:kev:Interval"] = interval,
            ["Feeds:PollInterval"] = "00:00:00.050",
            ["Feeds:Http:BaseDelay"] = "00:00:00.020",
        },
    };

    private static async Task<Domain.Feeds.FeedState> WaitForSuccessAsync(RunningServer server)
    {
        for (var i = 0; i < 600; i++)
        {
            await using var scope = server.App.Services.CreateAsyncScope();
            var state = await scope.ServiceProvider.GetRequiredService<FeedStates>().FindAsync(SyncKev.Feed, Ct);
            if (state?.LastSuccessAt is not null)
            {
                return state;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("The scheduler did not sync KEV within 60 s.");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnEnabledFeedIsSyncedOnStartAndNotAgainBeforeItsInterval(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        await using var server = await RunningServer.StartAsync(host.Database, KevEvery("01:00:00"));

        await WaitForSuccessAsync(server);
        await Task.Delay(500, Ct); // ten more looks of the scheduler
        var state = await WaitForSuccessAsync(server);

        (state.Watermark, state.LastError, state.LeaseOwner).ShouldBe(("2025.08.25", null, null));
        _feeds.RequestsTo(KevPath).Count.ShouldBe(1);
        await using var scope = server.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedVigilDbContext>();
        (await db.Vulnerabilities.CountAsync(v => v.KnownExploited, Ct)).ShouldBe(1404);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TwoServersOverOneDatabaseNeverSyncTheSameFeedAtOnce(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        // Due again every 100 ms, and the first downloads are slow: the other server finds the lease taken.
        _feeds.Fault(KevPath, new FeedFault.Slow(TimeSpan.FromSeconds(1)), times: 3);
        var servers = await Task.WhenAll(RunningServer.StartAsync(host.Database, KevEvery("00:00:00.100")), RunningServer.StartAsync(host.Database, KevEvery("00:00:00.100")));
        await using var first = servers[0];
        await using var second = servers[1];

        await WaitForSuccessAsync(first);
        await Task.Delay(2500, Ct);

        _feeds.MaxConcurrentRequests.ShouldBe(1);
        _feeds.RequestsTo(KevPath).Count.ShouldBeGreaterThan(1, "the feed is due again and again");
        await using var scope = first.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedVigilDbContext>();
        (await db.KevReleases.CountAsync(Ct)).ShouldBe(1);
        (await db.FeedStates.SingleAsync(f => f.Name == SyncKev.Feed, Ct)).LastError.ShouldBeNull();
    }

    [Fact]
    public void FeedsAreDisabledUnlessConfiguredAndABadValueNamesItsKey()
    {
        var none = FeedSettings.Schedules(new ConfigurationBuilder().Build());
        var bad = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Feeds:nvd:Interval"] = "soon" }).Build();

        none.ShouldAllBe(s => !s.Enabled);
        none.Select(s => s.Feed).ShouldBe(["nvd", "kev", "epss"], ignoreOrder: true);
        Should.Throw<InvalidOperationException>(() => FeedSettings.Schedules(bad)).Message.ShouldContain("Feeds:nvd:Interval");
    }
}
