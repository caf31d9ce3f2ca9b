using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class ImportFeedCommandTests
{
    private static string Newer => SharedData.Path("kev", "known_exploited_vulnerabilities.json");

    private static string Older => SharedData.Path("kev", "history", "known_exploited_vulnerabilities-2025.01.24.json");

    [Fact]
    public async Task KevReleasesImportInOrderAndAnOlderOneAfterwardsIsStale()
    {
        var cli = Cli.OnNewSqliteFile();

        var run = await cli.RunAsync("import", "kev", Older, Newer, Newer);
        var late = await Cli.OnNewSqliteFile().RunAsync("import", "kev", Newer, Older);

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("imported catalog 2025.01.24: 1252 listed, 1252 added, 0 removed, 0 changed; 1252 vulnerabilities created");
        run.Output.ShouldContain("1404 listed, 152 added, 0 removed");
        run.Output.ShouldContain("3 read, 2 imported, 1 unchanged, 0 stale (newer kept), 0 failed.");
        late.Exit.ShouldBe(0, late.ToString());
        late.Output.ShouldContain("stale: catalog 2025.01.24 is not newer than the imported one, kept");
        late.Output.ShouldContain("2 read, 1 imported, 0 unchanged, 1 stale (newer kept), 0 failed.");
    }

    [Fact]
    public async Task TheEpssDailyFileImportsAndABadFileFailsWithExitOne()
    {
        var cli = Cli.OnNewSqliteFile();
        var bad = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "bad.csv");
        File.WriteAllText(bad, "#model_version:v2025.03.14,score_date:2026-02-01T00:00:00Z\ncve,epss,percentile\nCVE-1999-0001,oops,0.5\n");

        var run = await cli.RunAsync("import", "epss", SharedData.Path("epss", "epss_scores-2026-01-30.csv.gz"), bad);

        run.Exit.ShouldBe(1, run.ToString());
        run.Output.ShouldContain("imported 313089 scores of 2026-01-30 (model v2025.03.14)");
        run.Output.ShouldContain("2 read, 1 imported, 0 unchanged, 0 stale (newer kept), 1 failed.");
        run.Error.ShouldContain("line 3");
    }

    [Fact]
    public async Task AMissingFileIsAUsageError()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("import", "kev", "/nonexistent/kev.json");

        run.Exit.ShouldBe(2, run.ToString());
    }
}
