using System.Globalization;
using System.Text.Json;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary><c>risk accept</c>, <c>risk acceptances</c>, <c>risk revoke</c> and <c>risk expire</c> through the command line.</summary>
public sealed class RiskAcceptanceCommandTests
{
    private static async Task<(Cli Cli, string FindingId)> OneMonitorAsync()
    {
        var cli = Cli.OnNewSqliteFile();
        var dir = Path.GetDirectoryName(cli.DatabaseArgument)!;
        File.WriteAllText(Path.Combine(dir, "monitor.cdx.json"), WrittenDocuments.Sbom("pkg:npm/bedside-rpc@2.4.0"));
        (await cli.RunAsync("import", "sbom", Path.Combine(dir, "monitor.cdx.json"), "--manufacturer", "Acme Medical", "--model", "Patient Monitor", "--version", "1.0")).Exit.ShouldBe(0);
        File.WriteAllText(Path.Combine(dir, "inventory.csv"),
            "asset_id,manufacturer,model,model_number,software_version,clinical_function,exposure\nMON-WARD-07,Acme Medical,Patient Monitor,,1.0,monitoring,segmented\n");
        (await cli.RunAsync("import", "inventory", Path.Combine(dir, "inventory.csv"))).Exit.ShouldBe(0);
        File.WriteAllText(Path.Combine(dir, "rpc.osv.json"), WrittenDocuments.Osv("GHSA-mv00-risk-0001", "CVE-2026-90001", "npm", "bedside-rpc", "2.5.0"));
        (await cli.RunAsync("import", "osv", Path.Combine(dir, "rpc.osv.json"))).Exit.ShouldBe(0);
        (await cli.RunAsync("analyze")).Exit.ShouldBe(0);
        using var rows = JsonDocument.Parse((await cli.RunAsync("findings", "--format", "json")).Output);
        return (cli, rows.RootElement.EnumerateArray().Single().GetProperty("finding_id").GetString()!);
    }

    [Fact]
    public async Task An_accepted_risk_shows_in_findings_and_explain_lists_and_can_be_revoked()
    {
        var (cli, finding) = await OneMonitorAsync();
        var expires = TimeProvider.System.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var accepted = await cli.RunAsync("risk", "accept", finding, "--owner", "Head of clinical engineering",
            "--justification", "ward VLAN has no route out", "--expires", expires, "--device", "MON-WARD-07");
        var again = await cli.RunAsync("risk", "accept", finding, "--owner", "x", "--justification", "y", "--device", "MON-WARD-07");
        var csv = await cli.RunAsync("findings", "--format", "csv");
        var json = await cli.RunAsync("findings", "--format", "json");
        var explain = await cli.RunAsync("risk", "explain", finding, "--device", "MON-WARD-07");
        var listed = await cli.RunAsync("risk", "acceptances", "--format", "csv");

        accepted.Exit.ShouldBe(0, accepted.ToString());
        accepted.Output.ShouldStartWith("accepted ");
        accepted.Output.ShouldContain($"for device MON-WARD-07, owner Head of clinical engineering, until {expires} (active)");
        (again.Exit, again.Error.Contains("already accepted", StringComparison.Ordinal)).ShouldBe((1, true), again.ToString());
        csv.Output.Split('\n')[1].ShouldStartWith("MON-WARD-07,CVE-2026-90001,GHSA-mv00-risk-0001,osv,affected,in_triage,scheduled,,", customMessage: "no due date while accepted");
        json.Output.ShouldContain($"\"accepted_until\": \"{expires}\"");
        explain.Output.Split('\n')[0].ShouldBe("scheduled");
        explain.Output.ShouldContain($"no due date: risk accepted until {expires}");
        var lines = listed.Output.TrimEnd('\n').Split('\n');
        lines[0].ShouldBe("acceptance_id,vulnerability_id,component,scope,scope_name,owner,accepted_by,accepted_at,expires_at,state,justification");
        lines.Length.ShouldBe(2);
        var id = lines[1].Split(',')[0];

        var noReason = await cli.RunAsync("risk", "revoke", id);
        var revoked = await cli.RunAsync("risk", "revoke", id, "--reason", "exploit published");
        var expire = await cli.RunAsync("risk", "expire");

        noReason.Exit.ShouldBe(2, "--reason is required");
        revoked.Exit.ShouldBe(0, revoked.ToString());
        revoked.Output.ShouldContain("(revoked)");
        expire.Output.TrimEnd('\n').ShouldBe("0 reactivated, 0 expiring within 10 days");
        (await cli.RunAsync("findings", "--format", "csv")).Output.Split('\n')[1].ShouldNotContain("scheduled,,");
    }

    [Fact]
    public async Task A_past_expiry_is_refused_with_the_field_named()
    {
        var (cli, finding) = await OneMonitorAsync();

        var past = await cli.RunAsync("risk", "accept", finding, "--owner", "o", "--justification", "j", "--expires", "2020-01-01");
        var notADate = await cli.RunAsync("risk", "accept", finding, "--owner", "o", "--justification", "j", "--expires", "soon");

        (past.Exit, notADate.Exit).ShouldBe((1, 2));
        past.Error.ShouldContain("expires: must be in the future");
        (await cli.RunAsync("risk", "acceptances")).Output.ShouldNotContain("CVE-2026-90001");
    }
}
