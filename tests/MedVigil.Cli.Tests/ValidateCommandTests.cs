using System.Text.Json;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task EverySpdx2ExampleIsValidAndSpdx3IsReportedNotCrashed()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync(
            "validate", "spdx", SharedData.Path("spdx", "spdx-examples"), SharedData.Path("spdx", "spec-examples"));

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Count(l => l.EndsWith("\tvalid", StringComparison.Ordinal)).ShouldBe(19, run.ToString());
        lines.Where(l => l.Contains("\tinvalid\t", StringComparison.Ordinal))
            .ShouldAllBe(l => l.Contains("SPDX 3", StringComparison.Ordinal));
        run.Exit.ShouldBe(ExitCodes.Failed);
    }

    [Fact]
    public async Task EveryCisaMedicalAdvisoryIsValidCsaf()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("validate", "csaf", SharedData.Path("icsma"));

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(134);
    }

    [Fact]
    public async Task EveryCisaMedicalAdvisoryIsValidInStrictMode_WithARelativeSchemaFolder()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, SharedData.Path("csaf"));

        var run = await Cli.OnNewSqliteFile().RunAsync("validate", "csaf", SharedData.Path("icsma"), "--schemas", relative);

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(134);
    }

    [Fact]
    public async Task ASchemaFolderWithABrokenSchema_IsAClearErrorNotACrash()
    {
        var folder = Directory.CreateTempSubdirectory("medvigil-schemas-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "csaf_json_schema.json"), """{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": 5 }""", TestContext.Current.CancellationToken);

        var run = await Cli.OnNewSqliteFile().RunAsync("validate", "csaf", SharedData.Path("icsma"), "--schemas", folder);
        Directory.Delete(folder, recursive: true);

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Error.ShouldContain("cannot be loaded");
        run.Error.ShouldContain("csaf_json_schema.json");
    }

    [Fact]
    public async Task AnOfficialMandatoryTestFailureIsNamedWithItsPointer()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("validate", "csaf",
            SharedData.Path("csaf", "test", "validator", "data", "mandatory", "oasis_csaf_tc-csaf_2_0-2021-6-1-01-02.json"));

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Output.ShouldContain("\tinvalid\t");
        run.Output.ShouldContain("(/");
    }

    [Fact]
    public async Task TheCycloneDxSchemaSuitesGetTheirOfficialOutcomesInStrictMode()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync(
            "validate", "cyclonedx", SharedData.Path("cyclonedx", "tests"), "--schemas", SharedData.Path("cyclonedx"));

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var wrong = lines.Where(l => Path.GetFileName(l.Split('\t')[0]).StartsWith("valid-", StringComparison.Ordinal) != l.EndsWith("\tvalid", StringComparison.Ordinal)).ToList();
        lines.Length.ShouldBe(234);
        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("nvd", "nvd/cve-records", 200)]
    [InlineData("osv", "osv/golang-vulndb", 215)]
    [InlineData("openvex", "openvex/vexctl", 10)]
    public async Task TheFeedRecordsAreValid(string format, string folder, int atLeast)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("validate", format, SharedData.Path(folder.Split('/')));

        var valid = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.EndsWith("\tvalid", StringComparison.Ordinal));
        valid.ShouldBeGreaterThanOrEqualTo(Math.Max(atLeast, 1), run.ToString());
    }

    // The documents `medvigil demo` imports (src/MedVigil.Application/Demo/Documents/FORMAT/) pass the strict check.
    [Theory]
    [InlineData("cyclonedx", 4)]
    [InlineData("spdx", 1)]
    [InlineData("osv", 9)]
    [InlineData("nvd", 1)]
    [InlineData("csaf", 1)]
    [InlineData("openvex", 1)]
    public async Task TheDemoDocumentsAreValidInStrictMode(string format, int files)
    {
        var folder = Path.Combine(SharedData.RepositoryRoot(), "src", "MedVigil.Application", "Demo", "Documents", format);

        var run = await Cli.OnNewSqliteFile().RunAsync("validate", format, folder, "--schemas", SharedData.Path());

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(files, run.ToString());
        lines.ShouldAllBe(l => l.EndsWith("\tvalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyValidFilesExitZero()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("validate", "spdx", SharedData.Path("spdx", "spec-examples", "SPDXJSONExample-v2.3.spdx.json"));

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldEndWith("\tvalid\n");
    }

    [Fact]
    public async Task ABrokenFileSaysWhereAndJsonListsEveryIssue()
    {
        var path = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "broken.spdx.json");
        await File.WriteAllTextAsync(path, "{\"spdxVersion\": \"SPDX-2.3\", \"packages\": [", TestContext.Current.CancellationToken);
        var cli = Cli.OnNewSqliteFile();

        var text = await cli.RunAsync("validate", "spdx", path);
        var json = await cli.RunAsync("validate", "spdx", path, "--json");

        text.Exit.ShouldBe(ExitCodes.Failed);
        text.Output.ShouldStartWith($"{path}\tinvalid\t1 errors: ");
        text.Output.ShouldContain("(line ");
        var report = JsonDocument.Parse(json.Output).RootElement[0];
        report.GetProperty("valid").GetBoolean().ShouldBeFalse();
        report.GetProperty("issues")[0].GetProperty("code").GetString().ShouldBe("json-syntax");
    }

    [Theory]
    [InlineData("nosuchformat", "x.json")]
    [InlineData("spdx", "/no/such/file.json")]
    public async Task AnUnknownFormatOrPathIsAUsageError(string format, string path)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("validate", format, path);

        run.Exit.ShouldBe(ExitCodes.Usage, run.ToString());
    }
}
