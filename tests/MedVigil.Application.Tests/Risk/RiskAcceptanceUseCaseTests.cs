using MedVigil.Application.Risk;
using MedVigil.Application.Risk.Acceptance;
using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MedVigil.Application.Tests.Risk.RiskScenario;

namespace MedVigil.Application.Tests.Risk;

/// <summary>
/// Risk acceptance on a real database with a fake clock (ADR 0027): who may accept, what the findings show while it is
/// in force, the heads-up, reactivation at expiry with the SLA clock restarted, revocation, and the audit chain.
/// </summary>
public sealed class RiskAcceptanceUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Day(int days) => DateOnly.FromDateTime(Start.AddDays(days).UtcDateTime);

    private static async Task<(TestHost Host, Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock, Guid MonitorFinding)> ReadyAsync(DatabaseKind kind)
    {
        var (host, clock) = await StartAsync(kind);
        await FeedFactsAsync(host);
        await AnalyzeAsync(host);
        var monitor = (await FindingsAsync(host)).Single(r => r.AssetId == "MON-WARD-07");
        return (host, clock, monitor.FindingId);
    }

    private static Task<List<string>> AuditAsync(TestHost host) =>
        host.NewScope().GetRequiredService<MedVigilDbContext>().AuditEvents.Where(e => e.Action.StartsWith("risk.")).OrderBy(e => e.Sequence)
            .Select(e => e.Action + ": " + e.Summary).ToListAsync(Ct);

    [Theory, ClassData(typeof(BothProviders))]
    public async Task An_accepted_finding_keeps_its_priority_loses_its_due_date_and_reopens_at_expiry_with_its_sla_restarted(DatabaseKind kind)
    {
        var (host, clock, finding) = await ReadyAsync(kind);
        await using var _host = host;

        var accepted = await host.Get<AcceptRisk>(Role.ClinicalEngineer).ExecuteAsync(new AcceptRiskCommand(
            finding, "Head of clinical engineering", "Vendor patch due in Q3; ward VLAN has no route out", Day(30), AssetId: "MON-WARD-07"), Ct);
        accepted.IsSuccess.ShouldBeTrue(accepted.IsSuccess ? "" : accepted.Error.Message);
        (accepted.Value.Scope, accepted.Value.ScopeName, accepted.Value.State, accepted.Value.ExpiresAt)
            .ShouldBe(("device", "MON-WARD-07", "active", new DateTimeOffset(Day(30).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), "the first day it no longer holds, from midnight UTC");

        var during = await FindingsAsync(host);
        during.Select(r => (r.AssetId, r.Priority, r.DueDate, r.AcceptedUntil)).ShouldBe(
        [
            ("LAB-AN-03", "scheduled", Day(90), null),
            ("MON-WARD-07", "out-of-cycle", null, Day(30)),
            ("VENT-ICU-01", "immediate", Day(2), null),
        ]);
        var explained = await host.Get<ExplainFindingRisk>().ExecuteAsync(new ExplainFindingRiskQuery(finding, "MON-WARD-07"), Ct);
        (explained.Value.Risk!.AcceptanceId, explained.Value.Risk.DueAt).ShouldBe((accepted.Value.AcceptanceId, null));

        clock.Advance(TimeSpan.FromDays(20));
        (await host.Get<ListRiskAcceptances>().ExecuteAsync(new ListRiskAcceptancesQuery("expiring"), Ct)).Value.ShouldHaveSingleItem();
        var headsUp = await host.Get<ExpireRiskAcceptances>().ExecuteAsync(Ct);
        (headsUp.Reactivated.Count, headsUp.Expiring.Count).ShouldBe((0, 1));

        clock.Advance(TimeSpan.FromDays(10));
        var after = (await FindingsAsync(host)).Single(r => r.AssetId == "MON-WARD-07");
        (after.Priority, after.DueDate, after.AcceptedUntil).ShouldBe(("out-of-cycle", Day(30 + 14), null));
        var pass = await host.Get<ExpireRiskAcceptances>().ExecuteAsync(Ct);
        var again = await host.Get<ExpireRiskAcceptances>().ExecuteAsync(Ct);

        pass.Reactivated.ShouldHaveSingleItem().State.ShouldBe("expired");
        again.Reactivated.ShouldBeEmpty();
        (await AuditAsync(host)).Select(a => a[..a.IndexOf(':', StringComparison.Ordinal)]).ShouldBe(["risk.accepted", "risk.acceptance_expired"]);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Only_roles_allowed_to_accept_can_and_one_acceptance_holds_per_scope(DatabaseKind kind)
    {
        var (host, _, finding) = await ReadyAsync(kind);
        await using var _host = host;
        var command = new AcceptRiskCommand(finding, "CISO", "isolated ward network");

        var productSecurity = await host.Get<AcceptRisk>(Role.ProductSecurity).ExecuteAsync(command, Ct);
        var viewer = await host.Get<AcceptRisk>(Role.Viewer).ExecuteAsync(command, Ct);
        var first = await host.Get<AcceptRisk>(Role.SecurityAnalyst).ExecuteAsync(command, Ct);
        var second = await host.Get<AcceptRisk>(Role.Admin).ExecuteAsync(command, Ct);

        (productSecurity.Error!.Kind, viewer.Error!.Kind).ShouldBe((ErrorKind.Forbidden, ErrorKind.Forbidden));
        first.IsSuccess.ShouldBeTrue(first.IsSuccess ? "" : first.Error.Message);
        (first.Value.Scope, first.Value.ScopeName, first.Value.ExpiresAt).ShouldBe(("model_version", "Acme Medical Patient Monitor 1.0", Start.AddDays(180)));
        second.Error!.Code.ShouldBe("already_accepted");
        (await AuditAsync(host)).Count.ShouldBe(1, "refused attempts leave nothing");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_revoked_acceptance_reopens_the_finding_from_the_revocation(DatabaseKind kind)
    {
        var (host, clock, finding) = await ReadyAsync(kind);
        await using var _host = host;
        var accepted = (await host.Get<AcceptRisk>().ExecuteAsync(new AcceptRiskCommand(finding, "CISO", "isolated", Scope: "model"), Ct)).Value;
        clock.Advance(TimeSpan.FromDays(5));

        var byViewer = await host.Get<RevokeRiskAcceptance>(Role.Viewer).ExecuteAsync(new RevokeRiskAcceptanceCommand(accepted.AcceptanceId, "no"), Ct);
        var revoked = await host.Get<RevokeRiskAcceptance>().ExecuteAsync(new RevokeRiskAcceptanceCommand(accepted.AcceptanceId, "exploit published"), Ct);
        var unknown = await host.Get<RevokeRiskAcceptance>().ExecuteAsync(new RevokeRiskAcceptanceCommand(Guid.NewGuid(), "x"), Ct);
        var twice = await host.Get<RevokeRiskAcceptance>().ExecuteAsync(new RevokeRiskAcceptanceCommand(accepted.AcceptanceId, "again"), Ct);

        byViewer.Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (revoked.Value.State, revoked.Value.RevocationReason, revoked.Value.ScopeName).ShouldBe(("revoked", "exploit published", "Acme Medical Patient Monitor"));
        (unknown.Error!.Kind, twice.Error!.Kind).ShouldBe((ErrorKind.NotFound, ErrorKind.InvalidTransition));
        (await FindingsAsync(host)).Single(r => r.AssetId == "MON-WARD-07").DueDate.ShouldBe(Day(5 + 14));
        (await AuditAsync(host)).Last().ShouldStartWith("risk.acceptance_revoked: " + Cve);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Bad_input_is_named_and_nothing_is_stored(DatabaseKind kind)
    {
        var (host, _, finding) = await ReadyAsync(kind);
        await using var _host = host;

        var past = await host.Get<AcceptRisk>().ExecuteAsync(new AcceptRiskCommand(finding, "CISO", "why", Day(-1)), Ct);
        var noOwner = await host.Get<AcceptRisk>().ExecuteAsync(new AcceptRiskCommand(finding, null, "why"), Ct);
        var otherDevice = await host.Get<AcceptRisk>().ExecuteAsync(new AcceptRiskCommand(finding, "CISO", "why", AssetId: "VENT-ICU-01"), Ct);
        var noFinding = await host.Get<AcceptRisk>().ExecuteAsync(new AcceptRiskCommand(Guid.NewGuid(), "CISO", "why"), Ct);
        var badState = await host.Get<ListRiskAcceptances>().ExecuteAsync(new ListRiskAcceptancesQuery("1"), Ct);

        past.Error!.Fields.ShouldHaveSingleItem().Field.ShouldBe("expires");
        noOwner.Error!.Fields.ShouldHaveSingleItem().Field.ShouldBe("owner");
        otherDevice.Error!.Fields.ShouldHaveSingleItem().Field.ShouldBe("asset_id");
        noFinding.Error!.Kind.ShouldBe(ErrorKind.NotFound);
        badState.Error!.Fields.ShouldHaveSingleItem().Field.ShouldBe("state");
        (await host.Get<ListRiskAcceptances>().ExecuteAsync(new ListRiskAcceptancesQuery(), Ct)).Value.ShouldBeEmpty();
    }
}
