using System.Text.Json.Nodes;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class ImportCsafCommandTests
{
    private static string Icsma => SharedData.Path("icsma");

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "csaf");
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public async Task TheCisaMedicalAdvisoriesImportAndASecondRunChangesNothing()
    {
        var cli = Cli.OnNewSqliteFile();

        var first = await cli.RunAsync("import", "csaf", Icsma);
        var second = await cli.RunAsync("import", "csaf", Icsma);

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("134 read, 134 imported, 0 superseded an older revision, 0 unchanged, 0 stale (newer kept), 0 failed; 403 vulnerabilities added.");
        second.Exit.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("134 read, 0 imported, 0 superseded an older revision, 134 unchanged, 0 stale (newer kept), 0 failed; 0 vulnerabilities added.");
    }

    [Fact]
    public async Task ANewerRevisionSupersedesTheOlderInOneRun()
    {
        var cli = Cli.OnNewSqliteFile();
        var folder = TempFolder();
        var published = File.ReadAllText(Path.Combine(Icsma, "2017", "icsma-17-009-01a.json"));
        var older = JsonNode.Parse(published)!;
        var tracking = older["document"]!["tracking"]!;
        tracking["revision_history"]!.AsArray().RemoveAt(1);
        tracking["version"] = "1";
        tracking["current_release_date"] = tracking["revision_history"]![0]!["date"]!.GetValue<string>();
        File.WriteAllText(Path.Combine(folder, "a-v1.json"), older.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "b-v2.json"), published);

        var run = await cli.RunAsync("import", "csaf", folder);

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("2 read, 1 imported, 1 superseded an older revision");
    }

    [Fact]
    public async Task BadDocumentsAreReportedWithEveryIssueAndDoNotStopTheOthers()
    {
        var cli = Cli.OnNewSqliteFile();
        var folder = TempFolder();
        var good = Path.Combine(Icsma, "2017", "icsma-17-009-01a.json");
        File.Copy(good, Path.Combine(folder, "b-good.json"));
        File.WriteAllBytes(Path.Combine(folder, "a-truncated.json"), File.ReadAllBytes(good)[..1500]);
        File.Copy(SharedData.Path("csaf", "test", "validator", "data", "mandatory", "oasis_csaf_tc-csaf_2_0-2021-6-1-01-02.json"),
            Path.Combine(folder, "c-6-1-01-02.json"));

        var run = await cli.RunAsync("import", "csaf", folder);
        var again = await cli.RunAsync("import", "csaf", Path.Combine(folder, "b-good.json"));

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Output.ShouldContain("3 read, 1 imported, 0 superseded an older revision, 0 unchanged, 0 stale (newer kept), 2 failed");
        run.Error.ShouldContain("a-truncated.json: 1 problem(s); nothing was imported.");
        run.Error.ShouldContain("json-syntax");
        run.Error.ShouldContain("c-6-1-01-02.json");
        run.Error.ShouldContain("csaf-6.1.1:");
        again.Output.ShouldContain("1 unchanged", customMessage: "the good document was imported despite its bad neighbours");
    }
}
