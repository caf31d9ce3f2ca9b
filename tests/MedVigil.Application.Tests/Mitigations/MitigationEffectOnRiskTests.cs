using MedVigil.Application.Common;
using MedVigil.Application.Devices;
using MedVigil.Application.Mitigations;
using MedVigil.Application.Risk;
using MedVigil.Domain.Access;
using MedVigil.Persistence;
using MedVigil.Standards.Ssvc;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MedVigil.Application.Tests.Mitigations.MitigationWorkflowTests;
using static MedVigil.Application.Tests.Risk.RiskScenario;

namespace MedVigil.Application.Tests.Mitigations;

/// <summary>
/// Verified mitigations change the SSVC inputs on read, the residual priority is kept at verification, what-if saves
/// nothing, and the downtime query lists what a scheduler needs; on the worked examples' three devices.
/// </summary>
public sealed class MitigationEffectOnRiskTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TestHost> ReadyAsync(DatabaseKind kind)
    {
        var (host, _) = await StartAsync(kind);
        await FeedFactsAsync(host);
        await AnalyzeAsync(host);
        return host;
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Verified_segmentation_lowers_the_ventilators_exposure_and_its_residual_priority_is_kept(DatabaseKind kind)
    {
        await using var host = await ReadyAsync(kind);
        var proposed = await ProposeAsync(host, "segmentation", ["VENT-ICU-01"]);
        (await FindingsAsync(host)).Single(r => r.AssetId == "VENT-ICU-01").Priority.ShouldBe("immediate", "not verified yet: no effect");

        var verified = await VerifiedAsync(host, "segmentation", ["VENT-ICU-01"]);

        var rows = await FindingsAsync(host);
        rows.Select(r => (r.AssetId, r.Priority)).ShouldBe([("LAB-AN-03", "scheduled"), ("MON-WARD-07", "out-of-cycle"), ("VENT-ICU-01", "out-of-cycle")]);
        var residual = verified.Residuals.ShouldHaveSingleItem();
        (residual.AssetId, residual.VulnerabilityId, residual.PriorityBefore, residual.PriorityAfter).ShouldBe(("VENT-ICU-01", Cve, "immediate", "out-of-cycle"));
        residual.InputsBefore.ShouldContain("ssvc:EXP:1.0.1:O");
        residual.InputsAfter!.ShouldContain("ssvc:EXP:1.0.1:C");

        var explained = await host.Get<ExplainFindingRisk>().ExecuteAsync(new ExplainFindingRiskQuery(residual.FindingId, "VENT-ICU-01"), Ct);
        var risk = explained.Value.Risk.ShouldNotBeNull();
        risk.Inputs.Exposure.Value.ShouldBe(SystemExposure.Controlled);
        risk.Inputs.Exposure.Source.ShouldStartWith($"verified mitigation {verified.Id} (segmentation, verified 2026-03-02 by ana@example.org)");
        risk.Inputs.Exposure.Source.ShouldEndWith("(was Open because device exposure internet)");
        _ = proposed;

        // The live priority follows the inventory; the residual kept at verification does not.
        var vent = (await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging(1, 10), Search: "VENT-ICU-01"), Ct)).Value.Items.Single();
        (await host.Get<UpdateDevice>().ExecuteAsync(vent.Id, new DeviceInput("VENT-ICU-01", "Acme Medical", "Ventilator", null, "1.0",
            ClinicalFunction: "life-sustaining", Exposure: "local-only"), Ct)).IsSuccess.ShouldBeTrue();
        var live = (await host.Get<ExplainFindingRisk>().ExecuteAsync(new ExplainFindingRiskQuery(residual.FindingId, "VENT-ICU-01"), Ct)).Value.Risk!;
        (live.Inputs.Exposure.Value, live.Inputs.Exposure.Source).ShouldBe((SystemExposure.Small, "device exposure local-only (no network)"),
            "Small already: the segmentation lowers nothing more");
        var kept = (await host.Get<GetMitigation>().ExecuteAsync(verified.Id, Ct)).Value.Residuals.Single();
        (kept.PriorityBefore, kept.PriorityAfter, kept.InputsBefore).ShouldBe((residual.PriorityBefore, residual.PriorityAfter, residual.InputsBefore));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_verified_update_shows_the_finding_fixed_by_mitigation_on_that_device_only(DatabaseKind kind)
    {
        await using var host = await ReadyAsync(kind);

        var verified = await VerifiedAsync(host, "update", ["MON-WARD-07"], [Cve]);

        var rows = await FindingsAsync(host);
        rows.Select(r => (r.AssetId, r.Status, r.Priority)).ShouldBe([
            ("LAB-AN-03", "affected", "scheduled"), ("MON-WARD-07", "fixed-by-mitigation", null), ("VENT-ICU-01", "affected", "immediate")]);
        verified.Residuals.Single().PriorityAfter.ShouldBe("fixed-by-mitigation");
        var explained = await host.Get<ExplainFindingRisk>().ExecuteAsync(new ExplainFindingRiskQuery(rows[1].FindingId, "MON-WARD-07"), Ct);
        (explained.Value.Status, explained.Value.Risk).ShouldBe(("fixed-by-mitigation", null));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Retirement_takes_the_device_out_of_the_open_set_and_monitoring_changes_nothing(DatabaseKind kind)
    {
        await using var host = await ReadyAsync(kind);

        await VerifiedAsync(host, "retire", ["LAB-AN-03"]);
        await VerifiedAsync(host, "enhanced-monitoring", ["MON-WARD-07"]);

        (await FindingsAsync(host)).Select(r => (r.AssetId, r.Status, r.Priority)).ShouldBe([
            ("LAB-AN-03", "retired-by-mitigation", null), ("MON-WARD-07", "affected", "out-of-cycle"), ("VENT-ICU-01", "affected", "immediate")]);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task What_if_gives_before_and_after_per_finding_and_saves_nothing(DatabaseKind kind)
    {
        await using var host = await ReadyAsync(kind);
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        var counts = async () => (await db.Mitigations.CountAsync(Ct), await db.MitigationResiduals.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct));
        var before = await counts();
        var scope = host.NewScope(Role.Viewer, "viewer");

        var whatIf = await scope.GetRequiredService<WhatIfMitigation>().ExecuteAsync(
            new WhatIfMitigationQuery("segmentation", ["VENT-ICU-01", "MON-WARD-07"], [Cve]), Ct);

        whatIf.Value.Select(r => (r.AssetId, r.PriorityBefore, r.PriorityAfter, r.ChangedBecause)).ShouldBe([
            ("MON-WARD-07", "out-of-cycle", "out-of-cycle", "System Exposure Controlled → Small"),
            ("VENT-ICU-01", "immediate", "out-of-cycle", "System Exposure Open → Controlled")]);
        (await counts()).ShouldBe(before);
        scope.GetRequiredService<MedVigilDbContext>().ChangeTracker.Entries().ShouldBeEmpty();
        (await host.Get<WhatIfMitigation>().ExecuteAsync(new WhatIfMitigationQuery("update", ["VENT-ICU-01"], [Cve]), Ct))
            .Value.Single().PriorityAfter.ShouldBe("fixed-by-mitigation");
        (await host.Get<WhatIfMitigation>().ExecuteAsync(new WhatIfMitigationQuery("segmentation", ["NOPE"]), Ct)).Error!.Code.ShouldBe("not_found");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Mitigations_needing_downtime_come_worst_priority_first_with_due_dates(DatabaseKind kind)
    {
        await using var host = await ReadyAsync(kind);
        var patch = await ProposeAsync(host, "update", ["LAB-AN-03", "VENT-ICU-01"], [Cve], downtime: 90, outOfService: true);
        await MovedAsync(host, patch.Id, MitigationStep.SignOff, Role.ClinicalEngineer, "cle@example.org");
        await MovedAsync(host, patch.Id, MitigationStep.Approve);
        var noDowntime = await ProposeAsync(host, "enhanced-monitoring", ["MON-WARD-07"]);
        await MovedAsync(host, noDowntime.Id, MitigationStep.Approve);
        await ProposeAsync(host, "segmentation", ["MON-WARD-07"], downtime: 10);

        var needs = await host.Get<MitigationsNeedingDowntime>().ExecuteAsync(Ct);

        needs.Select(n => (n.MitigationId, n.AssetId, n.Downtime, n.OutOfService, n.Priority, n.DueDate, n.PlannedStart)).ShouldBe([
            (patch.Id, "VENT-ICU-01", TimeSpan.FromMinutes(90), true, "immediate", DateOnly.FromDateTime(Start.AddDays(2).UtcDateTime), null),
            (patch.Id, "LAB-AN-03", TimeSpan.FromMinutes(90), true, "scheduled", DateOnly.FromDateTime(Start.AddDays(90).UtcDateTime), (DateTimeOffset?)null)]);
    }
}
