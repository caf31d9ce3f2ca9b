using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class ImportNvdCommandTests
{
    private static string Records => SharedData.Path("nvd", "cve-records");

    [Fact]
    public async Task TheTwoHundredRecordsImportAndASecondRunChangesNothing()
    {
        var cli = Cli.OnNewSqliteFile();

        var first = await cli.RunAsync("import", "nvd", Records);
        var second = await cli.RunAsync("import", "nvd", Records);

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("200 file(s) read, 0 unchanged, 0 failed; 200 CVE records: 200 imported, 0 superseded an older revision, 0 stale (newer kept); 200 vulnerabilities added.");
        second.Exit.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("200 file(s) read, 200 unchanged, 0 failed; 0 CVE records");
    }

    [Fact]
    public async Task ABadFileIsReportedAndDoesNotStopTheOthers()
    {
        var cli = Cli.OnNewSqliteFile();
        var folder = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "nvd");
        Directory.CreateDirectory(folder);
        var good = Path.Combine(Records, "CVE-2022-31610.json");
        File.Copy(good, Path.Combine(folder, "b-good.json"));
        File.WriteAllBytes(Path.Combine(folder, "a-truncated.json"), File.ReadAllBytes(good)[..200]);
        var page = SharedData.Path("nvd", "api-responses", "osv.dev-vulnfeeds-CVE-2026-20912.json");

        var run = await cli.RunAsync("import", "nvd", folder, page);

        run.Exit.ShouldBe(1, run.ToString());
        run.Error.ShouldContain("a-truncated.json");
        run.Output.ShouldContain("b-good.json\t1 record(s): 1 imported");
        run.Output.ShouldContain("3 file(s) read, 0 unchanged, 1 failed; 14 CVE records: 14 imported");
    }

    [Fact]
    public async Task AMissingPathIsAUsageError()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("import", "nvd", "/no/such/nvd.json");

        run.Exit.ShouldNotBe(0);
        run.Error.ShouldContain("does not exist");
    }
}
