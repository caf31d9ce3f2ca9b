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
    public async Task AFolderIsSearchedForJsonAndCycloneDxXml()
    {
        var cli = Cli.OnNewSqliteFile();
        var folder = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "vex");
        Directory.CreateDirectory(folder);
        File.Copy(SharedData.Path("openvex", "go-vex-testdata", "vex", "testdata", "v0.2.0.json"), Path.Combine(folder, "a.openvex.json"));
        File.WriteAllText(Path.Combine(folder, "b.vex.xml"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.4" serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="2">
              <components>
                <component type="library" bom-ref="log4j"><name>log4j-core</name><version>2.14.1</version></component>
              </components>
              <vulnerabilities>
                <vulnerability bom-ref="v1">
                  <id>CVE-2021-44228</id>
                  <analysis><state>not_affected</state><justification>code_not_reachable</justification></analysis>
                  <affects><target><ref>log4j</ref></target></affects>
                </vulnerability>
              </vulnerabilities>
            </bom>
            """);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a document");

        var run = await cli.RunAsync("import", "vex", folder);

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("imported CycloneDX VEX urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79 revision 2; 1 statements, 1 vulnerabilities added");
        run.Output.ShouldContain("2 read, 2 imported");
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
