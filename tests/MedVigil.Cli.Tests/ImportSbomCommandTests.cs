using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class ImportSbomCommandTests
{
    private static string Narrow => SharedData.Path("medical", "sbom", "spacelab-ccny-case-study-narrow.sbom.json");

    private static string Extended => SharedData.Path("medical", "sbom", "spacelab-ccny-case-study-extended.sbom.json");

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "sbom");
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public async Task AnSbomImportsWithTheFlagsAndASecondRunIsUnchanged()
    {
        var cli = Cli.OnNewSqliteFile();

        var first = await cli.RunAsync("import", "sbom", Narrow, "--manufacturer", "Spacelabs", "--model", "CCNY", "--version", "1.0");
        var second = await cli.RunAsync("import", "sbom", Narrow, "--manufacturer", "Spacelabs", "--model", "CCNY", "--version", "1.0");

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("imported CycloneDX 1.4 for Spacelabs / CCNY / 1.0: 55 components (55 added, 0 removed)");
        first.Output.ShouldContain("1 SBOMs: 1 imported, 0 replaced, 0 unchanged, 0 failed.");
        second.Output.ShouldContain("1 SBOMs: 0 imported, 0 replaced, 1 unchanged, 0 failed.");
    }

    [Fact]
    public async Task WithoutFlagsAMissingManufacturerAndVersionFailTheImport()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("import", "sbom", Narrow);

        run.Exit.ShouldBe(1, run.ToString());
        run.Error.ShouldContain("manufacturer: missing: give --manufacturer");
        run.Error.ShouldContain("version: missing: give --version");
    }

    [Fact]
    public async Task AnIndexImportsItsRowsAndReportsABadRowAndABadPathWithoutStoppingTheRest()
    {
        var cli = Cli.OnNewSqliteFile();
        var folder = TempFolder();
        File.Copy(Narrow, Path.Combine(folder, "narrow.json"));
        File.Copy(Extended, Path.Combine(folder, "extended.json"));
        File.WriteAllText(Path.Combine(folder, "broken.json"), File.ReadAllText(Narrow)[..2000]);
        var index = Path.Combine(folder, "index.csv");
        File.WriteAllLines(index,
        [
            "file,manufacturer,model,version",
            "narrow.json,Spacelabs,CCNY,1.0",
            "extended.json,\"Spacelabs, Inc.\",CCNY,2.0",
            "only-two,fields",
            "missing.json,Spacelabs,CCNY,3.0",
            "broken.json,Spacelabs,CCNY,4.0",
        ]);

        var run = await cli.RunAsync("import", "sbom", "--index", index);

        run.Exit.ShouldBe(1, run.ToString());
        run.Output.ShouldContain("55 components");
        run.Output.ShouldContain("for Spacelabs, Inc. / CCNY / 2.0: 65 components");
        run.Output.ShouldContain("5 SBOMs: 2 imported, 0 replaced, 0 unchanged, 3 failed.");
        run.Error.ShouldContain("line 4: 2 fields, the header has 4");
        run.Error.ShouldContain("line 5: " + Path.Combine(folder, "missing.json"));
        run.Error.ShouldContain("line 6: " + Path.Combine(folder, "broken.json"));
    }

    [Theory]
    [InlineData("import", "sbom")]
    [InlineData("import", "sbom", "a.json", "--index", "b.csv")]
    [InlineData("import", "sbom", "--index", "b.csv", "--model", "X")]
    [InlineData("import", "sbom", "/nonexistent/a.json")]
    public async Task UsageErrorsExitWithTwo(params string[] args)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync(args);

        run.Exit.ShouldBe(2, run.ToString());
    }
}
