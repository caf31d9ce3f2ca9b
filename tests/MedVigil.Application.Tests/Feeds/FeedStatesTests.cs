using MedVigil.Application.Feeds;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MedVigil.Application.Tests.Feeds;

/// <summary>The feed lease and state writes: conditional UPDATEs on both providers.</summary>
public sealed class FeedStatesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewFeed() => "test:" + Guid.NewGuid().ToString("N");

    [Theory, ClassData(typeof(BothProviders))]
    public async Task OneRunHoldsTheLeaseUntilItReleasesIt(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var feed = NewFeed();
        var first = FeedLease.For(feed, TimeSpan.FromMinutes(5));
        var second = FeedLease.For(feed, TimeSpan.FromMinutes(5));

        (await host.Get<FeedStates>().TryAcquireAsync(first, Ct)).ShouldBeTrue();
        (await host.Get<FeedStates>().TryAcquireAsync(second, Ct)).ShouldBeFalse();
        (await host.Get<FeedStates>().TryAcquireAsync(first, Ct)).ShouldBeTrue("the holder may take it again");
        (await host.Get<FeedStates>().AdvanceAsync(second, "w2", null, null, Ct)).ShouldBeFalse();
        (await host.Get<FeedStates>().AdvanceAsync(first, "w1", "\"e\"", null, Ct)).ShouldBeTrue();
        await host.Get<FeedStates>().ReleaseAsync(first, Ct);
        (await host.Get<FeedStates>().TryAcquireAsync(second, Ct)).ShouldBeTrue();

        var state = await host.Get<FeedStates>().FindAsync(feed, Ct);
        (state!.Watermark, state.ETag, state.LeaseOwner).ShouldBe(("w1", "\"e\"", second.Owner));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnExpiredLeaseMayBeTakenAndItsFormerHolderCannotWriteAnyMore(DatabaseKind kind)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
        await using var host = await TestHost.StartAsync(kind, time);
        var feed = NewFeed();
        var stalled = FeedLease.For(feed, TimeSpan.FromMinutes(5));
        var next = FeedLease.For(feed, TimeSpan.FromMinutes(5));
        (await host.Get<FeedStates>().TryAcquireAsync(stalled, Ct)).ShouldBeTrue();

        time.Advance(TimeSpan.FromMinutes(4));
        (await host.Get<FeedStates>().TryAcquireAsync(next, Ct)).ShouldBeFalse();
        (await host.Get<FeedStates>().RenewAsync(stalled, Ct)).ShouldBeTrue();
        time.Advance(TimeSpan.FromMinutes(6));
        (await host.Get<FeedStates>().TryAcquireAsync(next, Ct)).ShouldBeTrue();

        (await host.Get<FeedStates>().RenewAsync(stalled, Ct)).ShouldBeFalse();
        (await host.Get<FeedStates>().AdvanceAsync(stalled, "late", null, null, Ct)).ShouldBeFalse();
        var state = await host.Get<FeedStates>().FindAsync(feed, Ct);
        state!.LeaseUntil.ShouldBe(time.GetUtcNow() + TimeSpan.FromMinutes(5));
        state.Watermark.ShouldBeNull();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task OfManyRunnersRacingForANewFeedExactlyOneGetsTheLease(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var feed = NewFeed();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(
            () => host.NewUnscopedScope().GetRequiredService<FeedStates>().TryAcquireAsync(FeedLease.For(feed, TimeSpan.FromMinutes(5)), Ct), Ct)));

        results.Count(r => r).ShouldBe(1);
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        (await db.FeedStates.CountAsync(f => f.Name == feed, Ct)).ShouldBe(1);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheRunnerRecordsTheErrorShortAndReleasesTheLease(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var feed = NewFeed();

        var failed = await host.Get<FeedRunner>().RunAsync(feed, (_, _) => Task.FromResult(
            new FeedSyncSummary(feed, 0, 0, 0, null, FeedHttpClient.Failed(new Uri("http://127.0.0.1/x"), new string('x', 2000)))), Ct);
        var busy = FeedLease.For(feed, TimeSpan.FromMinutes(5));
        (await host.Get<FeedStates>().TryAcquireAsync(busy, Ct)).ShouldBeTrue();
        var refused = await host.Get<FeedRunner>().RunAsync(feed, (_, _) => Task.FromResult(new FeedSyncSummary(feed, 1, 1, 0, "w")), Ct);

        failed.Value.Succeeded.ShouldBeFalse();
        refused.Error!.Code.ShouldBe("feed_busy");
        var state = await host.Get<FeedStates>().FindAsync(feed, Ct);
        state!.LastError!.Length.ShouldBe(Domain.Feeds.FeedState.MaxErrorLength);
        state.LastError.ShouldStartWith("GET http://127.0.0.1/x");
        state.LastSuccessAt.ShouldBeNull();
        state.LeaseOwner.ShouldBe(busy.Owner);
    }
}
