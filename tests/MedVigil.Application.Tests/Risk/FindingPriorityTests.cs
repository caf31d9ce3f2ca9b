using MedVigil.Application.Findings;
using MedVigil.Application.Risk;
using MedVigil.Domain.Common;
using MedVigil.Standards.Ssvc;
using MedVigil.Testing;
using SsvcExploitation = MedVigil.Standards.Ssvc.Exploitation;
using static MedVigil.Application.Tests.Risk.RiskScenario;

namespace MedVigil.Application.Tests.Risk;

/// <summary>
/// Priorities and due dates on findings listed from a real database, and <see cref="ExplainFindingRisk"/>: the worked
/// examples of docs/risk-examples.md and the rules around them. Each test has a database of its own.
/// </summary>
public sealed class FindingPriorityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Day(int days) => DateOnly.FromDateTime(Start.AddDays(days).UtcDateTime);

    private static async Task<FindingRiskExplanation> ExplainAsync(TestHost host, Guid finding, string? assetId)
    {
        var result = await host.Get<ExplainFindingRisk>().ExecuteAsync(new ExplainFindingRiskQuery(finding, assetId), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
        return result.Value;
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task The_same_known_exploited_cve_is_immediate_out_of_cycle_and_scheduled_on_the_three_devices(DatabaseKind kind)
    {
        var (host, _) = await StartAsync(kind);
        await using var _host = host;
        await FeedFactsAsync(host);
        await AnalyzeAsync(host);

        var rows = await FindingsAsync(host);

        rows.Select(r => (r.AssetId, r.VulnerabilityId, r.Priority, r.DueDate)).ShouldBe(
        [
            ("LAB-AN-03", Cve, "scheduled", Day(90)),
            ("MON-WARD-07", Cve, "out-of-cycle", Day(14)),
            ("VENT-ICU-01", Cve, "immediate", Day(2)),
        ]);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task The_explanation_names_each_input_its_source_and_the_official_rows(DatabaseKind kind)
    {
        var (host, _) = await StartAsync(kind);
        await using var _host = host;
        await FeedFactsAsync(host);
        await AnalyzeAsync(host);
        var rows = await FindingsAsync(host);

        var explained = new Dictionary<string, FindingRiskExplanation>();
        foreach (var row in rows)
        {
            explained[row.AssetId!] = await ExplainAsync(host, row.FindingId, row.AssetId);
        }

        var vent = explained["VENT-ICU-01"].Risk.ShouldNotBeNull();
        (vent.Inputs.Exploitation.Value, vent.Inputs.Exposure.Value, vent.Inputs.Automatable.Value, vent.Inputs.SafetyImpact.Value, vent.Inputs.MissionImpact.Value)
            .ShouldBe((SsvcExploitation.Active, SystemExposure.Open, Automatable.Yes, SafetyImpact.Catastrophic, MissionImpact.MefFailure));
        vent.Inputs.Exploitation.Source.ShouldBe($"CISA KEV lists {Cve} as known exploited (added 2026-02-20)");
        vent.Inputs.Exposure.Source.ShouldBe("device exposure internet");
        vent.Decision.Because.ToString().ShouldStartWith("Deployer Patch Application Priority (ssvc:DT_DP:1.0.0) row 71:");
        vent.DueAt.ShouldBe(Start.AddDays(2));

        var monitor = explained["MON-WARD-07"].Risk.ShouldNotBeNull();
        monitor.Inputs.Exposure.Source.ShouldBe("device exposure segmented (own network segment)");
        monitor.Inputs.SafetyImpact.Source.ShouldStartWith("clinical function monitoring");
        monitor.Decision.Because.Derivations.Single().Outcome.Value.Name.ShouldBe("High");

        var lab = explained["LAB-AN-03"].Risk.ShouldNotBeNull();
        (lab.Inputs.Exposure.Value, lab.Inputs.SafetyImpact.Value, lab.Priority).ShouldBe((SystemExposure.Small, SafetyImpact.Marginal, DeployerPriority.Scheduled));
        lab.Decision.Because.Derivations.Single().Outcome.Value.Name.ShouldBe("Low");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task An_epss_above_the_threshold_without_kev_is_a_public_poc(DatabaseKind kind)
    {
        var (host, _) = await StartAsync(kind);
        await using var _host = host;
        await FeedFactsAsync(host, kev: false, epss: 0.42);
        await AnalyzeAsync(host);

        var rows = await FindingsAsync(host);

        rows.Select(r => (r.AssetId, r.Priority)).ShouldBe([("LAB-AN-03", "scheduled"), ("MON-WARD-07", "scheduled"), ("VENT-ICU-01", "out-of-cycle")]);
        var vent = (await ExplainAsync(host, rows[2].FindingId, "VENT-ICU-01")).Risk.ShouldNotBeNull();
        vent.Inputs.Exploitation.Source.ShouldBe("not in CISA KEV; EPSS 0.42 ≥ policy threshold 0.1");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_finding_analysed_not_affected_on_one_device_has_no_priority_there_only(DatabaseKind kind)
    {
        var (host, _) = await StartAsync(kind);
        await using var _host = host;
        await FeedFactsAsync(host);
        await AnalyzeAsync(host);
        var vent = (await FindingsAsync(host)).Single(r => r.AssetId == "VENT-ICU-01");

        var analysed = await host.Get<AnalyseFinding>().ExecuteAsync(new AnalyseFindingCommand(
            vent.FindingId, "not_affected", "protected_at_perimeter", Detail: "behind the ICU gateway", Scope: "device", AssetId: "VENT-ICU-01"), Ct);
        analysed.IsSuccess.ShouldBeTrue(analysed.IsSuccess ? "" : analysed.Error.Message);

        var rows = await FindingsAsync(host);
        rows.Select(r => (r.AssetId, r.AnalysisState, r.Priority, r.DueDate)).ShouldBe(
        [
            ("LAB-AN-03", "in_triage", "scheduled", Day(90)),
            ("MON-WARD-07", "in_triage", "out-of-cycle", Day(14)),
            ("VENT-ICU-01", "not_affected", null, null),
        ]);
        var explained = await ExplainAsync(host, vent.FindingId, "VENT-ICU-01");
        (explained.AnalysisState, explained.Risk, explained.Overdue).ShouldBe(("not_affected", null, false));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_finding_is_overdue_only_after_its_due_time(DatabaseKind kind)
    {
        var (host, clock) = await StartAsync(kind);
        await using var _host = host;
        await FeedFactsAsync(host);
        await AnalyzeAsync(host);
        var vent = (await FindingsAsync(host)).Single(r => r.AssetId == "VENT-ICU-01");

        clock.Advance(TimeSpan.FromDays(2));
        (await ExplainAsync(host, vent.FindingId, "VENT-ICU-01")).Overdue.ShouldBeFalse();
        clock.Advance(TimeSpan.FromMinutes(1));
        (await ExplainAsync(host, vent.FindingId, "VENT-ICU-01")).Overdue.ShouldBeTrue();
        var lab = (await FindingsAsync(host)).Single(r => r.AssetId == "LAB-AN-03");
        (await ExplainAsync(host, lab.FindingId, "LAB-AN-03")).Overdue.ShouldBeFalse("scheduled: 90 days");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Without_a_device_the_model_version_finding_takes_the_worst_device_facts(DatabaseKind kind)
    {
        var (host, _) = await StartAsync(kind);
        await using var _host = host;
        await FeedFactsAsync(host, kev: false);
        await AnalyzeAsync(host);
        var lab = (await FindingsAsync(host)).Single(r => r.AssetId == "LAB-AN-03");

        var explained = await ExplainAsync(host, lab.FindingId, null);

        explained.AssetId.ShouldBeNull();
        var risk = explained.Risk.ShouldNotBeNull();
        (risk.Inputs.Exposure.Value, risk.Inputs.SafetyImpact.Value, risk.Inputs.MissionImpact.Value, risk.Priority)
            .ShouldBe((SystemExposure.Open, SafetyImpact.Catastrophic, MissionImpact.MissionFailure, DeployerPriority.OutOfCycle));
        risk.Inputs.Exposure.Source.ShouldContain("unknown");
        (lab.Priority, lab.DueDate).ShouldBe(("defer", null), "the lab device itself, with its own facts: none, small, yes, low");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Unknown_findings_and_devices_and_a_device_without_the_finding_are_refused(DatabaseKind kind)
    {
        var (host, _) = await StartAsync(kind);
        await using var _host = host;
        await AnalyzeAsync(host);
        var vent = (await FindingsAsync(host)).Single(r => r.AssetId == "VENT-ICU-01");
        var explain = host.Get<ExplainFindingRisk>();

        var noFinding = await explain.ExecuteAsync(new ExplainFindingRiskQuery(Guid.NewGuid()), Ct);
        var noDevice = await explain.ExecuteAsync(new ExplainFindingRiskQuery(vent.FindingId, "NOPE-1"), Ct);
        var otherDevice = await explain.ExecuteAsync(new ExplainFindingRiskQuery(vent.FindingId, "LAB-AN-03"), Ct);

        (noFinding.IsSuccess, noFinding.Error.Kind).ShouldBe((false, ErrorKind.NotFound));
        (noDevice.IsSuccess, noDevice.Error.Kind).ShouldBe((false, ErrorKind.NotFound));
        noDevice.Error.Message.ShouldContain("NOPE-1");
        (otherDevice.IsSuccess, otherDevice.Error.Kind).ShouldBe((false, ErrorKind.Validation));
        otherDevice.Error.Message.ShouldContain("is not a finding of device LAB-AN-03");
    }
}
