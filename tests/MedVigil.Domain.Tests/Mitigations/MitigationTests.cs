using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Mitigations;

namespace MedVigil.Domain.Tests.Mitigations;

public sealed class MitigationTests
{
    private static readonly Guid Tenant = Guid.CreateVersion7();
    private static readonly Guid Pump = Guid.CreateVersion7();
    private static readonly MitigationActor Analyst = new("ana@example.org", Role.SecurityAnalyst);
    private static readonly MitigationActor Engineer = new("cle@example.org", Role.ClinicalEngineer);
    private static readonly MitigationActor Viewer = new("vi@example.org", Role.Viewer);

    private static Mitigation Proposed(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, MitigationKind kind = MitigationKind.Segmentation, ClinicalCost? cost = null) =>
        Mitigation.Propose(Tenant, kind, [Pump], ["CVE-2026-90001"], [], cost ?? new ClinicalCost(TimeSpan.FromHours(2), false, true),
            "network team", "VLAN 40 with ACL to the pump server", Analyst, clock).Value;

    [Fact]
    public void TheHappyPathGoesThroughEveryStateAndKeepsWhoAndWhen()
    {
        var clock = Clock.Fake();
        var mitigation = Proposed(clock);
        (mitigation.State, mitigation.ProposedBy, mitigation.ProposedAt).ShouldBe((MitigationState.Proposed, "ana@example.org", Clock.Start));

        mitigation.Approve(Analyst, [ClinicalFunction.Diagnostic], clock).Value.ShouldBe(MitigationState.Approved);
        clock.Advance(TimeSpan.FromHours(1));
        mitigation.Schedule(Analyst, Clock.Start.AddDays(3), clock).Value.ShouldBe(MitigationState.Scheduled);
        mitigation.PlannedStart.ShouldBe(Clock.Start.AddDays(3));
        clock.Advance(TimeSpan.FromDays(3));
        mitigation.MarkDone(Analyst, clock).Value.ShouldBe(MitigationState.Done);
        clock.Advance(TimeSpan.FromDays(1));
        mitigation.Verify(Engineer, clock).Value.ShouldBe(MitigationState.Verified);

        (mitigation.ApprovedBy, mitigation.ApprovedAt, mitigation.DoneAt, mitigation.VerifiedBy, mitigation.VerifiedAt, mitigation.IsFinal)
            .ShouldBe(("ana@example.org", Clock.Start, Clock.Start.AddHours(1).AddDays(3), "cle@example.org", Clock.Start.AddHours(1).AddDays(4), true));
    }

    [Theory]
    [InlineData(ClinicalFunction.LifeSustaining)]
    [InlineData(ClinicalFunction.Therapeutic)]
    [InlineData(ClinicalFunction.Unknown)]
    public void ApprovalOnASafetyCriticalOrUnclassifiedDeviceNeedsAClinicalSignOff(ClinicalFunction function)
    {
        var clock = Clock.Fake();
        var mitigation = Proposed(clock);

        var refused = mitigation.Approve(Analyst, [ClinicalFunction.Ancillary, function], clock);

        refused.IsSuccess.ShouldBeFalse();
        (refused.Error.Kind, refused.Error.Code).ShouldBe((ErrorKind.Conflict, "clinical_sign_off_required"));
        mitigation.State.ShouldBe(MitigationState.Proposed);

        clock.Advance(TimeSpan.FromMinutes(5));
        var signOff = mitigation.RecordClinicalSignOff(Engineer, "ICU charge nurse informed; spare pump on the ward", clock).Value;
        signOff.ShouldBe(new ClinicalSignOff("cle@example.org", Clock.Start.AddMinutes(5), "ICU charge nurse informed; spare pump on the ward"));
        mitigation.Approve(Analyst, [function], clock).Value.ShouldBe(MitigationState.Approved);
    }

    [Theory]
    [InlineData(ClinicalFunction.Diagnostic)]
    [InlineData(ClinicalFunction.Monitoring)]
    [InlineData(ClinicalFunction.Ancillary)]
    public void OtherDevicesNeedNoSignOffUnlessTheCostAsksForOne(ClinicalFunction function)
    {
        var clock = Clock.Fake();
        Proposed(clock).Approve(Analyst, [function], clock).IsSuccess.ShouldBeTrue();

        var asked = Proposed(clock, cost: new ClinicalCost(TimeSpan.Zero, true, false));
        asked.Approve(Analyst, [function], clock).Error!.Code.ShouldBe("clinical_sign_off_required");
    }

    [Theory]
    [InlineData(Role.Admin)]
    [InlineData(Role.SecurityAnalyst)]
    [InlineData(Role.ProductSecurity)]
    [InlineData(Role.Auditor)]
    public void OnlyAClinicalEngineerCanSignOff(Role role)
    {
        var clock = Clock.Fake();
        var mitigation = Proposed(clock);

        var refused = mitigation.RecordClinicalSignOff(new MitigationActor("x", role), null, clock);

        refused.Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        mitigation.SignOff.ShouldBeNull();
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Auditor)]
    public void ReadOnlyRolesMoveNothing(Role role)
    {
        var clock = Clock.Fake();
        var reader = new MitigationActor("r", role);
        var mitigation = Proposed(clock);

        mitigation.Approve(reader, [ClinicalFunction.Ancillary], clock).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        mitigation.Reject(reader, "no", clock).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        Mitigation.Propose(Tenant, MitigationKind.Retire, [Pump], [], [], ClinicalCost.None, "o", null, reader, clock).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        mitigation.State.ShouldBe(MitigationState.Proposed);
    }

    [Fact]
    public void WrongStatesAreInvalidTransitionsNotExceptions()
    {
        var clock = Clock.Fake();
        var mitigation = Proposed(clock);

        var early = mitigation.Verify(Analyst, clock);
        (early.Error!.Kind, early.Error.Message).ShouldBe((ErrorKind.InvalidTransition,
            $"Cannot verify mitigation {mitigation.Id}: it is proposed, and only a done one can be moved that way."));
        mitigation.Schedule(Analyst, Clock.Start, clock).Error!.Kind.ShouldBe(ErrorKind.InvalidTransition);
        mitigation.MarkDone(Analyst, clock).Error!.Kind.ShouldBe(ErrorKind.InvalidTransition);

        mitigation.Reject(Analyst, "the vendor patch is due next week", clock).Value.ShouldBe(MitigationState.Rejected);
        mitigation.ClosedReason.ShouldBe("the vendor patch is due next week");
        mitigation.Approve(Analyst, [], clock).Error!.Kind.ShouldBe(ErrorKind.InvalidTransition);
        mitigation.Cancel(Analyst, "x", clock).Error!.Kind.ShouldBe(ErrorKind.InvalidTransition);
        mitigation.RecordClinicalSignOff(Engineer, null, clock).Error!.Kind.ShouldBe(ErrorKind.InvalidTransition);
    }

    [Fact]
    public void CancellingNeedsAReasonAndIsFinal()
    {
        var clock = Clock.Fake();
        var mitigation = Proposed(clock);
        mitigation.Approve(Analyst, [], clock);

        mitigation.Cancel(Analyst, " ", clock).Error!.Kind.ShouldBe(ErrorKind.Validation);
        mitigation.Cancel(Analyst, "replaced by the update", clock).Value.ShouldBe(MitigationState.Cancelled);
        mitigation.Schedule(Analyst, Clock.Start, clock).Error!.Kind.ShouldBe(ErrorKind.InvalidTransition);
    }

    [Fact]
    public void AScheduledMitigationCanBePlannedAgain()
    {
        var clock = Clock.Fake();
        var mitigation = Proposed(clock);
        mitigation.Approve(Analyst, [], clock);
        mitigation.Schedule(Analyst, Clock.Start.AddDays(1), clock);

        mitigation.Schedule(Analyst, Clock.Start.AddDays(8), clock).Value.ShouldBe(MitigationState.Scheduled);
        mitigation.PlannedStart.ShouldBe(Clock.Start.AddDays(8));
    }

    [Fact]
    public void AProposalNamesEveryWrongField()
    {
        var clock = Clock.Fake();

        var result = Mitigation.Propose(Tenant, MitigationKind.Update, [], [], [], new ClinicalCost(TimeSpan.FromHours(-1), false, false), " ", null, Analyst, clock);

        result.Error!.Fields.Select(f => f.Field).ShouldBe(["devices", "vulnerabilities", "downtime", "owner"]);
    }

    [Fact]
    public void ItCoversItsDevicesAndTheNamedFindingsOrVulnerabilities()
    {
        var clock = Clock.Fake();
        var finding = Guid.CreateVersion7();
        var named = Proposed(clock);
        var whole = Mitigation.Propose(Tenant, MitigationKind.Segmentation, [Pump], [], [], ClinicalCost.None, "o", null, Analyst, clock).Value;

        named.Covers(Pump, finding, "cve-2026-90001").ShouldBeTrue();
        named.Covers(Pump, finding, "CVE-2026-1").ShouldBeFalse();
        named.Covers(Guid.CreateVersion7(), finding, "CVE-2026-90001").ShouldBeFalse();
        whole.Covers(Pump, finding, "CVE-2026-1").ShouldBeTrue();
    }
}
