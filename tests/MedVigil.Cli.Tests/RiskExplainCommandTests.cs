using System.Text.Json;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary>
/// <c>findings</c> priorities and <c>risk explain</c> through the command line, with the worked examples of
/// docs/risk-examples.md imported as a hospital would (SBOMs, inventory, OSV, KEV).
/// </summary>
public sealed class RiskExplainCommandTests
{
    private const string Cve = "CVE-2026-90001";

    private static string Kev(string cve) => $$"""
        {"title":"CISA Catalog of Known Exploited Vulnerabilities","catalogVersion":"2026.02.20","dateReleased":"2026-02-20T15:00:00.000Z","count":1,
         "vulnerabilities":[{"cveID":"{{cve}}","vendorProject":"Example","product":"bedside-rpc","vulnerabilityName":"bedside-rpc remote code execution",
           "dateAdded":"2026-02-20","shortDescription":"Unauthenticated remote code execution.","requiredAction":"Apply updates.",
           "dueDate":"2026-03-13","knownRansomwareCampaignUse":"Unknown","notes":""}]}
        """;

    /// <summary>The worked examples' three devices imported through the command line (also used by the mitigations tests).</summary>
    internal static async Task<Cli> ThreeDevicesAsync(bool kev = true)
    {
        var cli = Cli.OnNewSqliteFile();
        var dir = Path.GetDirectoryName(cli.DatabaseArgument)!;
        var sbom = Path.Combine(dir, "device.cdx.json");
        File.WriteAllText(sbom, WrittenDocuments.Sbom("pkg:npm/bedside-rpc@2.4.0"));
        foreach (var model in new[] { "Ventilator", "Patient Monitor", "Lab Analyser" })
        {
            (await cli.RunAsync("import", "sbom", sbom, "--manufacturer", "Acme Medical", "--model", model, "--version", "1.0")).Exit.ShouldBe(0);
        }

        File.WriteAllText(Path.Combine(dir, "inventory.csv"),
            "asset_id,manufacturer,model,model_number,software_version,clinical_function,exposure\n"
            + "VENT-ICU-01,Acme Medical,Ventilator,,1.0,life-sustaining,internet\n"
            + "MON-WARD-07,Acme Medical,Patient Monitor,,1.0,monitoring,segmented\n"
            + "LAB-AN-03,Acme Medical,Lab Analyser,,1.0,diagnostic,local-only\n");
        var inventory = await cli.RunAsync("import", "inventory", Path.Combine(dir, "inventory.csv"));
        inventory.Exit.ShouldBe(0, inventory.ToString());
        File.WriteAllText(Path.Combine(dir, "rpc.osv.json"), WrittenDocuments.Osv("GHSA-mv00-risk-0001", Cve, "npm", "bedside-rpc", "2.5.0"));
        (await cli.RunAsync("import", "osv", Path.Combine(dir, "rpc.osv.json"))).Exit.ShouldBe(0);
        if (kev)
        {
            File.WriteAllText(Path.Combine(dir, "kev.json"), Kev(Cve));
            var imported = await cli.RunAsync("import", "kev", Path.Combine(dir, "kev.json"));
            imported.Exit.ShouldBe(0, imported.ToString());
        }

        (await cli.RunAsync("analyze")).Exit.ShouldBe(0);
        return cli;
    }

    private static async Task<Dictionary<string, string>> FindingIdsAsync(Cli cli)
    {
        using var rows = JsonDocument.Parse((await cli.RunAsync("findings", "--format", "json")).Output);
        return rows.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("asset_id").GetString()!, r => r.GetProperty("finding_id").GetString()!);
    }

    [Fact]
    public async Task Findings_prints_three_priorities_and_due_dates_for_the_same_known_exploited_cve()
    {
        var cli = await ThreeDevicesAsync();

        var csv = await cli.RunAsync("findings", "--format", "csv");

        var lines = csv.Output.TrimEnd('\n').Split('\n');
        lines[0].ShouldBe("asset_id,vulnerability_id,advisory_id,source,status,analysis_state,priority,due_date,reason");
        var today = TimeProvider.System.GetUtcNow(); // the command line runs on the system clock; findings opened moments ago
        string Due(int days) => today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        lines[1].ShouldStartWith($"LAB-AN-03,{Cve},GHSA-mv00-risk-0001,osv,affected,in_triage,scheduled,{Due(90)},");
        lines[2].ShouldStartWith($"MON-WARD-07,{Cve},GHSA-mv00-risk-0001,osv,affected,in_triage,out-of-cycle,{Due(14)},");
        lines[3].ShouldStartWith($"VENT-ICU-01,{Cve},GHSA-mv00-risk-0001,osv,affected,in_triage,immediate,{Due(2)},");
    }

    [Fact]
    public async Task Explain_prints_the_decision_first_then_each_input_its_source_the_rows_and_the_due_date()
    {
        var cli = await ThreeDevicesAsync();
        var ids = await FindingIdsAsync(cli);

        var vent = await cli.RunAsync("risk", "explain", ids["VENT-ICU-01"], "--device", "VENT-ICU-01");
        var monitor = await cli.RunAsync("risk", "explain", ids["MON-WARD-07"], "--device", "MON-WARD-07");

        vent.Exit.ShouldBe(0, vent.ToString());
        var lines = vent.Output.TrimEnd('\n').Split('\n');
        lines[0].ShouldBe("immediate");
        lines[1].ShouldBe($"finding {ids["VENT-ICU-01"]}: {Cve} on device VENT-ICU-01; status affected, analysis in_triage");
        lines[2].ShouldBe($"Exploitation (ssvc:E:1.1.0) = Active: CISA KEV lists {Cve} as known exploited (added 2026-02-20)");
        lines[3].ShouldBe("System Exposure (ssvc:EXP:1.0.1) = Open: device exposure internet");
        lines[4].ShouldBe("Automatable (ssvc:A:2.0.0) = Yes: no CVSS vector: the worst value");
        lines[5].ShouldStartWith("Safety Impact (ssvc:SI:2.0.1) = Catastrophic: clinical function life-sustaining");
        lines[6].ShouldStartWith("Mission Impact (ssvc:MI:2.0.0) = MEF Failure: clinical function life-sustaining");
        lines[7].ShouldStartWith("Deployer Patch Application Priority (ssvc:DT_DP:1.0.0) row 71: Exploitation = Active, System Exposure = Open, Automatable = Yes, Human Impact = Very High → Immediate");
        lines[8].ShouldStartWith("  where Human Impact");
        lines[9].ShouldMatch(@"^due \d{4}-\d{2}-\d{2} \(2 days for immediate from \d{4}-\d{2}-\d{2}, default SLA, ADR 0023\); not overdue$");
        monitor.Output.ShouldStartWith("out-of-cycle\n");
        monitor.Output.ShouldContain("System Exposure (ssvc:EXP:1.0.1) = Controlled: device exposure segmented");
    }

    [Fact]
    public async Task Explain_without_a_device_uses_the_worst_device_facts_and_a_finding_analysed_away_has_no_priority()
    {
        var cli = await ThreeDevicesAsync(kev: false);
        var ids = await FindingIdsAsync(cli);

        var noDevice = await cli.RunAsync("risk", "explain", ids["LAB-AN-03"]);
        var lab = await cli.RunAsync("risk", "explain", ids["LAB-AN-03"], "--device", "LAB-AN-03");
        (await cli.RunAsync("findings", "analyse", ids["LAB-AN-03"], "--state", "not_affected", "--justification", "code_not_reachable",
            "--scope", "device", "--device", "LAB-AN-03")).Exit.ShouldBe(0);
        var analysedAway = await cli.RunAsync("risk", "explain", ids["LAB-AN-03"], "--device", "LAB-AN-03");

        noDevice.Output.ShouldStartWith("out-of-cycle\n", customMessage: noDevice.ToString());
        noDevice.Output.ShouldContain("on its model version (no device: exposure and clinical function unknown)");
        noDevice.Output.ShouldContain("= Open: device exposure unknown: the worst value");
        lab.Output.ShouldStartWith("defer\n", customMessage: lab.ToString());
        lab.Output.ShouldContain("no due date: the default SLA sets none for defer (ADR 0023)");
        analysedAway.Exit.ShouldBe(0);
        analysedAway.Output.ShouldStartWith("no-priority\n", customMessage: analysedAway.ToString());
        analysedAway.Output.ShouldContain("analysis not_affected");
    }

    [Fact]
    public async Task Explain_names_an_unknown_finding_or_device_and_a_device_without_the_finding()
    {
        var cli = await ThreeDevicesAsync(kev: false);
        var ids = await FindingIdsAsync(cli);
        var missing = Guid.NewGuid().ToString();

        var noFinding = await cli.RunAsync("risk", "explain", missing);
        var noDevice = await cli.RunAsync("risk", "explain", ids["LAB-AN-03"], "--device", "NOPE");
        var wrongDevice = await cli.RunAsync("risk", "explain", ids["LAB-AN-03"], "--device", "VENT-ICU-01");
        var notAGuid = await cli.RunAsync("risk", "explain", "CVE-2026-90001");

        (noFinding.Exit, noFinding.Error.Trim()).ShouldBe((ExitCodes.Failed, $"error: Finding '{missing}' was not found."));
        (noDevice.Exit, noDevice.Error.Trim()).ShouldBe((ExitCodes.Failed, "error: Device 'NOPE' was not found."));
        wrongDevice.Exit.ShouldBe(ExitCodes.Failed);
        wrongDevice.Error.ShouldContain("is not a finding of device VENT-ICU-01");
        notAGuid.Exit.ShouldBe(ExitCodes.Usage);
    }
}
