using System.Text.RegularExpressions;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary><c>medvigil mitigations …</c> on the worked examples' three devices: the workflow, what-if, downtime.</summary>
public sealed partial class MitigationsCommandTests
{
    private const string Cve = "CVE-2026-90001";

    [GeneratedRegex("^mitigation ([0-9a-f-]{36}): proposed$", RegexOptions.Multiline)]
    private static partial Regex Proposed();

    private static Task<Cli> ThreeDevicesAsync() => RiskExplainCommandTests.ThreeDevicesAsync(kev: false);

    [Fact]
    public async Task A_segmentation_goes_from_proposal_to_verification_and_lowers_the_ventilators_priority()
    {
        var cli = await ThreeDevicesAsync();
        var user = await cli.RunWithInputAsync("S3cure-enough-passphrase!\n", "user", "add", "cle@example.org", "--role", "ClinicalEngineer", "--password-stdin");
        user.Exit.ShouldBe(0, user.ToString());

        var proposed = await cli.RunAsync("mitigations", "propose", "--kind", "segmentation", "--device", "VENT-ICU-01", "--owner", "network team",
            "--downtime-minutes", "30", "--out-of-service", "--notes", "VLAN 40, ACL to the ventilator server");
        proposed.Exit.ShouldBe(0, proposed.ToString());
        var id = Proposed().Match(proposed.Output).Groups[1].Value;
        proposed.Output.ShouldContain("clinical cost: downtime 00:30:00 per device, out of service during the work");

        var refused = await cli.RunAsync("mitigations", "approve", id);
        (refused.Exit, refused.Error).ShouldBe((1, $"error: Mitigation {id} touches a life-sustaining, therapeutic or unclassified device (or its cost asks for sign-off): "
            + "a clinical engineer must sign it off before it can be approved.\n"));
        var signed = await cli.RunAsync("mitigations", "sign-off", id, "--by", "cle@example.org", "--note", "spare ventilator on the unit");
        signed.Output.ShouldContain("signed off by cle@example.org at ");
        (await cli.RunAsync("mitigations", "approve", id)).Output.ShouldStartWith($"mitigation {id}: approved");
        (await cli.RunAsync("mitigations", "schedule", id, "--start", "2030-01-05T06:00Z")).Output.ShouldContain("planned start 2030-01-05T06:00Z");
        var downtime = await cli.RunAsync("mitigations", "downtime", "--format", "csv");
        downtime.Output.Split('\n')[1].ShouldStartWith($"{id},VENT-ICU-01,00:30:00,yes,out-of-cycle,");
        (await cli.RunAsync("mitigations", "done", id)).Output.ShouldStartWith($"mitigation {id}: done");
        var verified = await cli.RunAsync("mitigations", "verify", id);

        verified.Output.ShouldStartWith($"mitigation {id}: verified");
        verified.Output.ShouldContain($"residual VENT-ICU-01 {Cve}: out-of-cycle → scheduled (ssvc:E:1.1.0:N/ssvc:EXP:1.0.1:O/ssvc:A:2.0.0:Y/ssvc:SI:2.0.1:C/ssvc:MI:2.0.0:MEF → ssvc:E:1.1.0:N/ssvc:EXP:1.0.1:C/ssvc:A:2.0.0:Y/ssvc:SI:2.0.1:C/ssvc:MI:2.0.0:MEF)");
        (await cli.RunAsync("findings", "--device", "VENT-ICU-01", "--format", "csv")).Output.ShouldContain(",affected,in_triage,scheduled,");
        using var rows = System.Text.Json.JsonDocument.Parse((await cli.RunAsync("findings", "--device", "VENT-ICU-01", "--format", "json")).Output);
        var finding = rows.RootElement[0].GetProperty("finding_id").GetString()!;
        var explained = await cli.RunAsync("risk", "explain", finding, "--device", "VENT-ICU-01");
        explained.Output.ShouldStartWith("scheduled\n");
        explained.Output.ShouldContain($"= Controlled: verified mitigation {id} (segmentation, verified ");
        explained.Output.ShouldContain("(was Open because device exposure internet)");
        var list = await cli.RunAsync("mitigations", "list", "--format", "csv");
        list.Output.Split('\n')[1].ShouldStartWith($"{id},segmentation,verified,VENT-ICU-01,,00:30:00,network team,2030-01-05T06:00Z");
        (await cli.RunAsync("audit", "verify")).Exit.ShouldBe(0);
    }

    [Fact]
    public async Task What_if_prints_before_and_after_per_finding_and_changes_nothing()
    {
        var cli = await ThreeDevicesAsync();
        var before = (await cli.RunAsync("findings", "--format", "csv")).Output;

        var whatIf = await cli.RunAsync("mitigations", "what-if", "--kind", "disable-service", "--device", "VENT-ICU-01", "--device", "MON-WARD-07",
            "--vulnerability", Cve, "--format", "csv");

        whatIf.Exit.ShouldBe(0, whatIf.ToString());
        var lines = whatIf.Output.TrimEnd('\n').Split('\n');
        lines[0].ShouldBe("asset_id,vulnerability_id,priority_before,priority_after,due_before,due_after,changed");
        lines[1].ShouldStartWith($"MON-WARD-07,{Cve},scheduled,scheduled,");
        lines[2].ShouldStartWith($"VENT-ICU-01,{Cve},out-of-cycle,scheduled,");
        lines[2].ShouldEndWith(",System Exposure Open → Small");
        (await cli.RunAsync("findings", "--format", "csv")).Output.ShouldBe(before);
        (await cli.RunAsync("mitigations", "list", "--format", "csv")).Output.ShouldBe("id,kind,state,devices,vulnerabilities,downtime_per_device,owner,planned_start\n");
        var unknown = await cli.RunAsync("mitigations", "what-if", "--kind", "segmentation", "--device", "NOPE-1");
        (unknown.Exit, unknown.Error).ShouldBe((1, "error: Device 'NOPE-1' was not found.\n"));
        var bad = await cli.RunAsync("mitigations", "show", Guid.Empty.ToString());
        bad.Error.ShouldStartWith("error: Mitigation '00000000-0000-0000-0000-000000000000' was not found.");
    }
}
