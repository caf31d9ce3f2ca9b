using MedVigil.Application.Feeds;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary><c>medvigil sync …</c> against a real FeedServer, on a SQLite file of the test's own.</summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    private const string KevPath = "/feeds/known_exploited_vulnerabilities.json";
    private FeedServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        // The CLI reads its download options from the environment; these keep fault scenarios fast.
        Environment.SetEnvironmentVariable("Feeds__Http__BaseDelay", "00:00:00.020");
        Environment.SetEnvironmentVariable("Feeds__Http__MaxDelay", "00:00:00.200");
        Environment.SetEnvironmentVariable("Feeds__Http__MaxRetries", "2");
        _server = await FeedServer.StartAsync();
        _server.ServeFile(KevPath, SharedData.Path("kev", "known_exploited_vulnerabilities.json"), "application/json", etag: "\"k1\"");
        _server.Handle(NvdFakeApi.Path, NvdFakeApi.FromSharedData(maxPageSize: 50).HandleAsync);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SyncKevImportsThenANotModifiedRunSkipsAndStatusShowsTheWatermark()
    {
        var cli = Cli.OnNewSqliteFile();

        var first = await cli.RunAsync("sync", "kev", "--url", _server.Url(KevPath).ToString());
        var second = await cli.RunAsync("sync", "kev", "--url", _server.Url(KevPath).ToString());
        var status = await cli.RunAsync("sync", "status");

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("kev: 1 document(s) imported, 1404 record(s), 0 skipped, 0 error(s); watermark 2025.08.25");
        second.Exit.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("kev: 0 document(s) imported, 0 record(s), 1 skipped, 0 error(s); watermark 2025.08.25");
        status.Output.ShouldContain("kev\twatermark 2025.08.25");
        status.Output.ShouldContain("last error -\tlease free");
    }

    [Fact]
    public async Task SyncNvdSendsTheKeyFromTheNamedVariableAndPagesEverything()
    {
        var variable = "MEDVIGIL_TEST_NVD_KEY_" + Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable(variable, "cli-secret");

        var run = await Cli.OnNewSqliteFile().RunAsync("sync", "nvd", "--url", _server.Url(NvdFakeApi.Path).ToString(), "--api-key-env", variable);

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("nvd: 4 document(s) imported, 200 record(s), 0 skipped, 0 error(s)");
        _server.RequestsTo(NvdFakeApi.Path).ShouldAllBe(r => r.Header(NvdApi.ApiKeyHeader) == "cli-secret");
        (run.Output + run.Error).ShouldNotContain("cli-secret");
    }

    [Fact]
    public async Task AFailureMidWayExitsOneWithTheErrorAndTheSummaryAndTheNextRunResumes()
    {
        var cli = Cli.OnNewSqliteFile();
        _server.Fault(NvdFakeApi.Path, FeedFault.Unavailable(), times: 3, after: 1);

        var failed = await cli.RunAsync("sync", "nvd", "--url", _server.Url(NvdFakeApi.Path).ToString());
        var resumed = await cli.RunAsync("sync", "nvd", "--url", _server.Url(NvdFakeApi.Path).ToString());
        var status = await cli.RunAsync("sync", "status");

        failed.Exit.ShouldBe(1, failed.ToString());
        failed.Error.ShouldContain("HTTP 503");
        failed.Error.ShouldContain("startIndex=50");
        failed.Output.ShouldContain("nvd: 1 document(s) imported, 50 record(s), 0 skipped, 1 error(s); watermark (none)");
        resumed.Exit.ShouldBe(0, resumed.ToString());
        resumed.Output.ShouldContain("nvd: 3 document(s) imported, 150 record(s), 1 skipped, 0 error(s)");
        status.Output.ShouldContain("last error -");
    }

    [Fact]
    public async Task ABadUrlOrAMissingKeyVariableIsAUsageError()
    {
        var cli = Cli.OnNewSqliteFile();

        var url = await cli.RunAsync("sync", "kev", "--url", "ftp://example.org/kev.json");
        var key = await cli.RunAsync("sync", "nvd", "--api-key-env", "MEDVIGIL_TEST_SURELY_UNSET_VARIABLE");

        url.Exit.ShouldBe(2, url.ToString());
        url.Error.ShouldContain("not an absolute http(s) URL");
        key.Exit.ShouldBe(2, key.ToString());
        key.Error.ShouldContain("MEDVIGIL_TEST_SURELY_UNSET_VARIABLE");
    }
}
