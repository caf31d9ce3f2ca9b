using MedVigil.Application.Access;
using MedVigil.Application.Mitigations;
using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MedVigil.Application.Tests.Risk.RiskScenario;

namespace MedVigil.Application.Tests.Mitigations;

/// <summary>The mitigation workflow on a real database: guards, sign-off, audit. Each test has a database of its own.</summary>
public sealed class MitigationWorkflowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<MitigationView> ProposeAsync(TestHost host, string kind, string[] devices, string[]? vulnerabilities = null, int downtime = 0, bool outOfService = false)
    {
        var result = await host.Get<ProposeMitigation>(Role.SecurityAnalyst).ExecuteAsync(
            new ProposeMitigationCommand(kind, devices, "biomed team", vulnerabilities, null, downtime, false, outOfService, "test"), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
        return result.Value;
    }

    internal static Task<Result<MitigationView>> MoveAsync(TestHost host, Guid id, MitigationStep step, Role role = Role.SecurityAnalyst, string actor = "ana@example.org",
        DateTimeOffset? start = null, string? note = null, string? signedOffBy = null) =>
        host.NewScope(role, actor).GetRequiredService<MoveMitigation>().ExecuteAsync(new MoveMitigationCommand(id, step, start, note, signedOffBy), Ct);

    internal static async Task<MitigationView> MovedAsync(TestHost host, Guid id, MitigationStep step, Role role = Role.SecurityAnalyst, string actor = "ana@example.org", DateTimeOffset? start = null)
    {
        var result = await MoveAsync(host, id, step, role, actor, start ?? Start.AddDays(1));
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
        return result.Value;
    }

    /// <summary>Proposed, signed off, approved, scheduled, done and verified.</summary>
    internal static async Task<MitigationView> VerifiedAsync(TestHost host, string kind, string[] devices, string[]? vulnerabilities = null)
    {
        var m = await ProposeAsync(host, kind, devices, vulnerabilities);
        await MovedAsync(host, m.Id, MitigationStep.SignOff, Role.ClinicalEngineer, "cle@example.org");
        foreach (var step in new[] { MitigationStep.Approve, MitigationStep.Schedule, MitigationStep.Done, MitigationStep.Verify })
        {
            await MovedAsync(host, m.Id, step);
        }

        return await host.Get<GetMitigation>().ExecuteAsync(m.Id, Ct) is { IsSuccess: true } shown ? shown.Value : throw new InvalidOperationException("not found");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Approval_on_a_life_sustaining_device_waits_for_a_clinical_engineers_sign_off(DatabaseKind kind)
    {
        var (host, clock) = await StartAsync(kind);
        await using var _host = host;
        var m = await ProposeAsync(host, "segmentation", ["VENT-ICU-01"], downtime: 30, outOfService: true);
        (m.State, m.Devices.Single(), m.DowntimePerDevice, m.ProposedBy).ShouldBe(("proposed", "VENT-ICU-01", TimeSpan.FromMinutes(30), "test"));

        var refused = await MoveAsync(host, m.Id, MitigationStep.Approve);
        (refused.Error!.Kind, refused.Error.Code).ShouldBe((ErrorKind.Conflict, "clinical_sign_off_required"));
        (await MoveAsync(host, m.Id, MitigationStep.SignOff)).Error!.Kind.ShouldBe(ErrorKind.Forbidden, "an analyst is no clinical engineer");

        clock.Advance(TimeSpan.FromHours(1));
        var signed = await MoveAsync(host, m.Id, MitigationStep.SignOff, Role.ClinicalEngineer, "cle@example.org", note: "spare ventilator on the unit");
        (signed.Value.SignedOffBy, signed.Value.SignedOffAt, signed.Value.SignOffNote).ShouldBe(("cle@example.org", Start.AddHours(1), "spare ventilator on the unit"));
        (await MovedAsync(host, m.Id, MitigationStep.Approve)).State.ShouldBe("approved");
        (await MoveAsync(host, m.Id, MitigationStep.Schedule, start: null)).Error!.Fields.Single().Field.ShouldBe("planned_start");
        (await MovedAsync(host, m.Id, MitigationStep.Schedule, start: Start.AddDays(3))).PlannedStart.ShouldBe(Start.AddDays(3));

        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        var audit = await db.AuditEvents.Where(e => e.EntityId == m.Id.ToString()).OrderBy(e => e.Sequence).Select(e => new { e.Action, e.Actor }).ToListAsync(Ct);
        audit.Select(e => (e.Action, e.Actor)).ShouldBe([
            ("mitigation.proposed", "test"), ("mitigation.sign-off", "cle@example.org"), ("mitigation.approve", "ana@example.org"), ("mitigation.schedule", "ana@example.org")]);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Wrong_states_read_only_roles_and_unknown_ids_are_clear_failures(DatabaseKind kind)
    {
        var (host, _) = await StartAsync(kind);
        await using var _host = host;
        var m = await ProposeAsync(host, "compensating-control", ["LAB-AN-03"]);

        var early = await MoveAsync(host, m.Id, MitigationStep.Verify);
        (early.Error!.Kind, early.Error.Message).ShouldBe((ErrorKind.InvalidTransition,
            $"Cannot verify mitigation {m.Id}: it is proposed, and only a done one can be moved that way."));
        (await MoveAsync(host, m.Id, MitigationStep.Approve, Role.Viewer, "viewer")).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await MoveAsync(host, Guid.CreateVersion7(), MitigationStep.Approve)).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await MoveAsync(host, m.Id, MitigationStep.Reject, note: "")).Error!.Kind.ShouldBe(ErrorKind.Validation);

        var unknown = await host.Get<ProposeMitigation>().ExecuteAsync(new ProposeMitigationCommand("segmentation", ["NOPE-1"], "o"), Ct);
        (unknown.Error!.Kind, unknown.Error.Message).ShouldBe((ErrorKind.NotFound, "Device 'NOPE-1' was not found."));
        var badKind = await host.Get<ProposeMitigation>().ExecuteAsync(new ProposeMitigationCommand("prayer", ["LAB-AN-03"], "o"), Ct);
        badKind.Error!.Fields.Single().Field.ShouldBe("kind");

        // The diagnostic lab device needs no sign-off; the refused moves changed nothing.
        (await MovedAsync(host, m.Id, MitigationStep.Approve)).State.ShouldBe("approved");
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        (await db.AuditEvents.CountAsync(e => e.EntityId == m.Id.ToString(), Ct)).ShouldBe(2);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task An_admin_records_a_sign_off_given_by_a_named_clinical_engineer_of_the_tenant(DatabaseKind kind)
    {
        var (host, _) = await StartAsync(kind);
        await using var _host = host;
        (await host.Get<AddUser>().ExecuteAsync(new AddUserCommand("cle@example.org", "S3cure-enough-passphrase!", "ClinicalEngineer"), Ct)).IsSuccess.ShouldBeTrue();
        (await host.Get<AddUser>().ExecuteAsync(new AddUserCommand("sec@example.org", "S3cure-enough-passphrase!", "SecurityAnalyst"), Ct)).IsSuccess.ShouldBeTrue();
        var m = await ProposeAsync(host, "update", ["VENT-ICU-01"], [Cve]);

        (await MoveAsync(host, m.Id, MitigationStep.SignOff, Role.Admin, "cli:op", signedOffBy: "nobody@example.org")).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await MoveAsync(host, m.Id, MitigationStep.SignOff, Role.Admin, "cli:op", signedOffBy: "sec@example.org")).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await MoveAsync(host, m.Id, MitigationStep.SignOff, Role.SecurityAnalyst, "ana", signedOffBy: "cle@example.org")).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        var signed = await MoveAsync(host, m.Id, MitigationStep.SignOff, Role.Admin, "cli:op", signedOffBy: "cle@example.org");

        signed.Value.SignedOffBy.ShouldBe("cle@example.org");
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        (await db.AuditEvents.Where(e => e.Action == "mitigation.sign-off").Select(e => e.Summary).SingleAsync(Ct))
            .ShouldBe("update: clinical sign-off by cle@example.org, recorded by cli:op");
    }
}
