using System.Text.Json;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary><c>analyze</c> and <c>findings</c> through the command line, on a database file of their own.</summary>
public sealed class AnalyzeCommandTests
{
    private const string Header = "asset_id,manufacturer,model,model_number,software_version";

    private static async Task<(Cli Cli, string Dir)> PumpWithLodashAsync()
    {
        var cli = Cli.OnNewSqliteFile();
        var dir = Path.GetDirectoryName(cli.DatabaseArgument)!;
        File.WriteAllText(Path.Combine(dir, "pump.cdx.json"), WrittenDocuments.Sbom("pkg:npm/lodash@4.17.20"));
        File.WriteAllText(Path.Combine(dir, "lodash.osv.json"), WrittenDocuments.Osv("GHSA-35jh-r3h4-6jhm", "CVE-2021-23337", "npm", "lodash", "4.17.21"));
        File.WriteAllText(Path.Combine(dir, "inventory.csv"), $"{Header}\nPUMP-1,Acme Medical,Infusion Pump,,1.0\nPUMP-2,Acme Medical,Infusion Pump,,1.0\n");
        (await cli.RunAsync("import", "sbom", Path.Combine(dir, "pump.cdx.json"), "--manufacturer", "Acme Medical", "--model", "Infusion Pump", "--version", "1.0")).Exit.ShouldBe(0);
        (await cli.RunAsync("import", "osv", Path.Combine(dir, "lodash.osv.json"))).Exit.ShouldBe(0);
        var inventory = await cli.RunAsync("import", "inventory", Path.Combine(dir, "inventory.csv"));
        inventory.Exit.ShouldBe(0, inventory.ToString());
        return (cli, dir);
    }

    [Fact]
    public async Task Analyze_reports_what_it_did_and_findings_prints_the_csv_the_issue_names()
    {
        var (cli, _) = await PumpWithLodashAsync();

        var first = await cli.RunAsync("analyze");
        var second = await cli.RunAsync("analyze");
        var full = await cli.RunAsync("analyze", "--full");
        var csv = await cli.RunAsync("findings", "--format", "csv");

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldStartWith("full analysis: 1 advisories and 1 model versions evaluated");
        first.Output.ShouldContain("findings 1 opened, 0 updated, 0 retracted, 1 open");
        second.Output.ShouldStartWith("incremental analysis: 0 advisories and 0 model versions evaluated");
        full.Output.ShouldContain("findings 0 opened, 0 updated, 0 retracted, 1 open");
        var lines = csv.Output.TrimEnd('\n').Split('\n');
        lines[0].ShouldBe("asset_id,vulnerability_id,advisory_id,source,status,analysis_state,priority,due_date,reason");
        lines.Length.ShouldBe(3);
        // Unclassified devices, no KEV or EPSS: none, open (unknown exposure), automatable (no vector), very high → out-of-cycle.
        lines[1].ShouldMatch(@"^PUMP-1,CVE-2021-23337,GHSA-35jh-r3h4-6jhm,osv,affected,in_triage,out-of-cycle,\d{4}-\d{2}-\d{2},");
        lines[1].ShouldContain("4.17.20 < 4.17.21 fixed");
        lines[2].ShouldStartWith("PUMP-2,CVE-2021-23337,");
    }

    [Fact]
    public async Task A_device_filter_json_output_and_an_analysis_decision_work_together()
    {
        var (cli, _) = await PumpWithLodashAsync();
        (await cli.RunAsync("analyze")).Exit.ShouldBe(0);
        var json = await cli.RunAsync("findings", "--device", "PUMP-2", "--format", "json");
        using var rows = JsonDocument.Parse(json.Output);
        var row = rows.RootElement.EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("evidence").GetProperty("comparison").GetString().ShouldNotBeNull().ShouldContain("fixed");

        var decided = await cli.RunAsync("findings", "analyse", row.GetProperty("finding_id").GetString()!,
            "--state", "not_affected", "--justification", "code_not_reachable", "--scope", "device", "--device", "PUMP-2");
        var after = await cli.RunAsync("findings", "--format", "csv");

        decided.Exit.ShouldBe(0, decided.ToString());
        decided.Output.ShouldContain("not_affected for device");
        after.Output.ShouldContain("PUMP-1,CVE-2021-23337,GHSA-35jh-r3h4-6jhm,osv,affected,in_triage");
        after.Output.ShouldContain("PUMP-2,CVE-2021-23337,GHSA-35jh-r3h4-6jhm,osv,affected,not_affected");
    }

    [Fact]
    public async Task Bad_input_is_a_clear_error()
    {
        var (cli, _) = await PumpWithLodashAsync();
        (await cli.RunAsync("analyze")).Exit.ShouldBe(0);
        using var rows = JsonDocument.Parse((await cli.RunAsync("findings", "--format", "json")).Output);
        var findingId = rows.RootElement[0].GetProperty("finding_id").GetString()!;

        var unknownDevice = await cli.RunAsync("findings", "--device", "NOPE");
        var badFormat = await cli.RunAsync("findings", "--format", "xml");
        var badState = await cli.RunAsync("findings", "analyse", findingId, "--state", "fine");
        var unknownFinding = await cli.RunAsync("findings", "analyse", Guid.NewGuid().ToString(), "--state", "exploitable");

        unknownDevice.Exit.ShouldBe(ExitCodes.Failed);
        unknownDevice.Error.ShouldContain("Device 'NOPE' was not found");
        badFormat.Exit.ShouldBe(ExitCodes.Usage);
        badState.Exit.ShouldBe(ExitCodes.Failed);
        badState.Error.ShouldContain("state: one of in_triage, exploitable");
        unknownFinding.Exit.ShouldBe(ExitCodes.Failed);
        unknownFinding.Error.ShouldContain("was not found");
    }
}
