using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class ImportOsvCommandTests
{
    [Fact]
    public async Task TheGoVulnDbRecordsImportAndASecondRunChangesNothing()
    {
        var cli = Cli.OnNewSqliteFile();
        var folder = SharedData.Path("osv", "golang-vulndb");

        var first = await cli.RunAsync("import", "osv", folder);
        var second = await cli.RunAsync("import", "osv", folder);

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("215 read, 215 imported, 0 superseded an older revision, 0 unchanged, 0 stale (newer kept), 0 failed; 215 vulnerabilities added.");
        second.Exit.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("215 read, 0 imported, 0 superseded an older revision, 215 unchanged");
    }

    [Fact]
    public async Task ATruncatedRecordFailsTheRunButNotTheOthers()
    {
        var cli = Cli.OnNewSqliteFile();
        var folder = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "osv");
        Directory.CreateDirectory(folder);
        var good = SharedData.Path("osv", "golang-vulndb", "GO-2025-4257.json");
        File.Copy(good, Path.Combine(folder, "b-good.json"));
        File.WriteAllBytes(Path.Combine(folder, "a-truncated.json"), File.ReadAllBytes(good)[..100]);

        var run = await cli.RunAsync("import", "osv", folder);

        run.Exit.ShouldBe(1, run.ToString());
        run.Error.ShouldContain("a-truncated.json");
        run.Output.ShouldContain("2 read, 1 imported, 0 superseded an older revision, 0 unchanged, 0 stale (newer kept), 1 failed");
    }
}
