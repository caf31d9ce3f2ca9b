using System.Globalization;
using MedVigil.Application.Feeds;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Feeds;

/// <summary>
/// NVD sync against a real server serving the CVE API 2.0 over the 200 shared records in pages of 50, with faults;
/// the database is checked after each scenario.
/// </summary>
public sealed class SyncNvdTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Until = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowedStart = new(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowedUntil = new(2023, 12, 31, 0, 0, 0, TimeSpan.Zero);
    private FeedServer _server = null!;
    private NvdFakeApi _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _api = NvdFakeApi.FromSharedData(maxPageSize: 50);
        _server.Handle(NvdFakeApi.Path, _api.HandleAsync);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private SyncNvdCommand Command(string? apiKey = "test-key", DateTimeOffset? start = null, DateTimeOffset? until = null) =>
        new(_server.Url(NvdFakeApi.Path), apiKey) { ResultsPerPage = 50, Start = start, Until = until ?? Until };

    private static async Task<FeedSyncSummary> SyncAsync(TestHost host, SyncNvdCommand command)
    {
        var result = await host.Get<SyncNvd>().ExecuteAsync(command, Ct);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value;
    }

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    private static Task<int> AdvisoriesAsync(TestHost host) => Db(host).Advisories.CountAsync(a => a.Source == AdvisorySource.Nvd, Ct);

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AFirstRunWithoutWatermarkPagesEverythingThenTheNextRunAsksOnlyForTheNewWindow(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);

        var first = await SyncAsync(host, Command());
        var next = await SyncAsync(host, Command(until: Until.AddDays(1)));

        (first.Documents, first.Records, first.Skipped, first.Watermark).ShouldBe((4, 200, 0, SyncNvd.FormatWatermark(Until)));
        (next.Documents, next.Records, next.Skipped, next.Watermark).ShouldBe((0, 0, 1, SyncNvd.FormatWatermark(Until.AddDays(1))));
        var requests = _server.RequestsTo(NvdFakeApi.Path);
        requests.Take(4).Select(r => r.QueryValue("startIndex")).ShouldBe(["0", "50", "100", "150"]);
        requests.Take(4).ShouldAllBe(r => r.QueryValue("lastModStartDate") == null && r.QueryValue("resultsPerPage") == "50");
        requests[4].QueryValue("lastModStartDate").ShouldBe("2026-12-01T00:00:00.000+00:00");
        requests[4].QueryValue("lastModEndDate").ShouldBe("2026-12-02T00:00:00.000+00:00");
        requests.ShouldAllBe(r => r.Header("apiKey") == "test-key");
        (await AdvisoriesAsync(host)).ShouldBe(200);
        (await Db(host).SourceDocuments.CountAsync(Ct)).ShouldBe(4);
        var state = await Db(host).FeedStates.SingleAsync(f => f.Name == SyncNvd.Feed, Ct);
        (state.Watermark, state.LastError, state.LeaseOwner).ShouldBe((SyncNvd.FormatWatermark(Until.AddDays(1)), null, null));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AFirstRunFromAStartWalksContiguousWindowsOfAtMost120Days(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);

        var summary = await SyncAsync(host, Command(apiKey: null, start: WindowedStart, until: WindowedUntil));

        var expected = _api.CountIn(WindowedStart, WindowedUntil);
        expected.ShouldBeGreaterThan(100);
        (summary.Records, summary.Watermark, summary.Succeeded).ShouldBe((expected, SyncNvd.FormatWatermark(WindowedUntil), true));
        var windows = _server.RequestsTo(NvdFakeApi.Path).Where(r => r.QueryValue("startIndex") == "0")
            .Select(r => (Start: Parse(r.QueryValue("lastModStartDate")!), End: Parse(r.QueryValue("lastModEndDate")!))).ToList();
        windows.Count.ShouldBe(7);
        windows[0].Start.ShouldBe(WindowedStart);
        windows[^1].End.ShouldBe(WindowedUntil);
        windows.ShouldAllBe(w => w.End - w.Start <= TimeSpan.FromDays(120));
        windows.Zip(windows.Skip(1)).ShouldAllBe(p => p.First.End == p.Second.Start);
        _server.Requests.ShouldAllBe(r => r.Header("apiKey") == null);
        (await AdvisoriesAsync(host)).ShouldBe(expected);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TooManyRequestsAndServiceUnavailableMidWayAreRetriedAndEverythingArrives(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _server.Fault(NvdFakeApi.Path, FeedFault.TooManyRequests("1"), after: 1);
        _server.Fault(NvdFakeApi.Path, FeedFault.Unavailable(), times: 2, after: 1);

        var summary = await SyncAsync(host, Command());

        (summary.Documents, summary.Records, summary.Succeeded).ShouldBe((4, 200, true));
        _server.RequestsTo(NvdFakeApi.Path).Count.ShouldBe(7);
        (await AdvisoriesAsync(host)).ShouldBe(200);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AFailureMidWayKeepsTheCommittedPagesAndTheNextRunResumesWithoutDuplicates(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _server.Fault(NvdFakeApi.Path, new FeedFault.Truncated(0.6), times: FeedTesting.Fast.MaxRetries + 1, after: 2);

        var failed = await SyncAsync(host, Command());

        failed.Succeeded.ShouldBeFalse();
        (failed.Documents, failed.Records, failed.Watermark).ShouldBe((2, 100, null));
        failed.Error!.Message.ShouldContain("startIndex=100");
        (await AdvisoriesAsync(host)).ShouldBe(100);
        (await Db(host).SourceDocuments.CountAsync(Ct)).ShouldBe(2);
        var state = await Db(host).FeedStates.SingleAsync(f => f.Name == SyncNvd.Feed, Ct);
        (state.Watermark, state.LeaseOwner, state.LastSuccessAt).ShouldBe((null, null, null));
        state.LastError.ShouldContain("truncated");
        state.LastError.ShouldNotContain("test-key");

        var resumed = await SyncAsync(host, Command());

        (resumed.Documents, resumed.Skipped, resumed.Records, resumed.Succeeded).ShouldBe((2, 2, 100, true), "the two pages already in are skipped");
        (await AdvisoriesAsync(host)).ShouldBe(200);
        (await Db(host).Advisories.Where(a => a.Source == AdvisorySource.Nvd).Select(a => a.ExternalId).Distinct().CountAsync(Ct)).ShouldBe(200);
        (await Db(host).FeedStates.SingleAsync(f => f.Name == SyncNvd.Feed, Ct)).Watermark.ShouldBe(SyncNvd.FormatWatermark(Until));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AWindowThatFailsLeavesTheWatermarkAtTheEndOfTheLastCompleteWindow(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        // Window 1 (2022-01-01 … 2022-05-01) is one page or more; fail the first request of a later window.
        var firstWindowEnd = WindowedStart.AddDays(120);
        var firstWindowPages = Math.Max(1, (int)Math.Ceiling(_api.CountIn(WindowedStart, firstWindowEnd) / 50.0));
        _server.Fault(NvdFakeApi.Path, FeedFault.Unavailable(), times: FeedTesting.Fast.MaxRetries + 1, after: firstWindowPages);

        var failed = await SyncAsync(host, Command(start: WindowedStart, until: WindowedUntil));

        failed.Succeeded.ShouldBeFalse();
        failed.Watermark.ShouldBe(SyncNvd.FormatWatermark(firstWindowEnd));
        (await Db(host).FeedStates.SingleAsync(f => f.Name == SyncNvd.Feed, Ct)).Watermark.ShouldBe(SyncNvd.FormatWatermark(firstWindowEnd));
        (await AdvisoriesAsync(host)).ShouldBe(_api.CountIn(WindowedStart, firstWindowEnd));

        var resumed = await SyncAsync(host, Command(start: WindowedStart, until: WindowedUntil));

        resumed.Succeeded.ShouldBeTrue();
        var resumedAt = _server.Requests.Skip(firstWindowPages + FeedTesting.Fast.MaxRetries + 1).First();
        Parse(resumedAt.QueryValue("lastModStartDate")!).ShouldBe(firstWindowEnd);
        (await AdvisoriesAsync(host)).ShouldBe(_api.CountIn(WindowedStart, WindowedUntil));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ACorruptPageIsRefusedWithItsLocationAndNothingOfItIsStored(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        _server.Fault(NvdFakeApi.Path, new FeedFault.Corrupt(), after: 1);

        var failed = await SyncAsync(host, Command());

        failed.Succeeded.ShouldBeFalse();
        failed.Error!.Message.ShouldContain("startIndex=50");
        failed.Error.Fields.ShouldNotBeEmpty();
        (await AdvisoriesAsync(host)).ShouldBe(50);
        (await Db(host).SourceDocuments.CountAsync(Ct)).ShouldBe(1);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ARunIsRefusedWhileAnotherHoldsTheLease(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var other = FeedLease.For(SyncNvd.Feed, TimeSpan.FromMinutes(5));
        (await host.Get<FeedStates>().TryAcquireAsync(other, Ct)).ShouldBeTrue();

        var refused = await host.Get<SyncNvd>().ExecuteAsync(Command(), Ct);

        refused.Error!.Code.ShouldBe("feed_busy");
        _server.Requests.ShouldBeEmpty();
        (await AdvisoriesAsync(host)).ShouldBe(0);
    }

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}
