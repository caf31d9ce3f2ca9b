using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class ImportVexCommandTests
{
    [Fact]
    public async Task OpenVexCsafVexAndCycloneDxVexImportTogetherAndASecondRunChangesNothing()
    {
        var cli = Cli.OnNewSqliteFile();
        var csafVex = SharedData.Path("csaf", "examples", "csaf", "csaf_vex");
        var openVex = SharedData.Path("openvex", "go-vex-testdata", "vex", "testdata", "v0.2.0.json");
        var cycloneDx = SharedData.Path("cyclonedx", "examples", "VEX", "vex.json");

        var first = await cli.RunAsync("import", "vex", csafVex, openVex, cycloneDx);
        var second = await cli.RunAsync("import", "vex", csafVex, openVex, cycloneDx);

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("imported OpenVEX https://openvex.dev/docs/public/vex-d4e9020b");
        first.Output.ShouldContain("imported CSAF VEX SEC-VEX-2022-0001 revision 1; 3 statements");
        first.Output.ShouldContain("imported CycloneDX VEX ");
        first.Output.ShouldContain("15 read, 15 imported, 0 superseded an older revision, 0 unchanged, 0 stale (newer kept), 0 failed;");
        second.Exit.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("15 read, 0 imported, 0 superseded an older revision, 15 unchanged");
    }

    [Fact]
    public async Task ACsafAdvisoryThatIsNotVexFailsTheRunWithWhereAndWhy()
    {
        var cli = Cli.OnNewSqliteFile();
        var advisory = SharedData.Path("csaf", "examples", "csaf", "bsi-2022-0001.json");

        var run = await cli.RunAsync("import", "vex", advisory);

        run.Exit.ShouldBe(1, run.ToString());
        run.Error.ShouldContain("bsi-2022-0001.json");
        run.Error.ShouldContain("/document/category");
        run.Output.ShouldContain("1 read, 0 imported, 0 superseded an older revision, 0 unchanged, 0 stale (newer kept), 1 failed");
    }
}
