using MedVigil.Domain.Devices;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Risk;
using MedVigil.Domain.Risk.Acceptance;
using MedVigil.Standards.Ssvc;
using Microsoft.Extensions.Time.Testing;

namespace MedVigil.Domain.Tests.Risk;

public sealed class RiskAcceptanceTests
{
    private static readonly Guid TenantId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    private static readonly Guid VersionId = Guid.Parse("0193a1b2-0000-7000-8000-000000000003");

    private static Finding Open(TimeProvider time, FindingStatus status = FindingStatus.Affected) => Finding.Open(
        TenantId, new FindingSubject(ModelVersionId: VersionId), "CVE-2021-44228", null, status, "log4j-core 2.14.1 is in the SBOM", time);

    private static RiskAcceptance Accept(FakeTimeProvider clock, DateTimeOffset? expires = null) =>
        RiskAcceptance.Accept(TenantId, Open(clock), DecisionScope.ModelVersion, VersionId, "Head of clinical engineering",
            "Vendor patch due in Q3; pump VLAN has no route out", "alice", expires, RiskAcceptancePolicy.Default, clock).Value;

    private static FindingRisk Scheduled(DateTimeOffset opened) => FindingRisk.Assess(
        new FindingRiskFacts("CVE-2021-44228", false, null, null, "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", Exposure.Segmented, ClinicalFunction.Monitoring),
        opened, SsvcPolicy.Default, SlaPolicy.Default);

    [Fact]
    public void TheDefaultLastsOneHundredAndEightyDays()
    {
        var acceptance = Accept(Clock.Fake());

        (acceptance.AcceptedAt, acceptance.ExpiresAt, acceptance.AcceptedBy).ShouldBe((Clock.Start, Clock.Start.AddDays(180), "alice"));
    }

    [Theory]
    [InlineData(0, "expires")]
    [InlineData(-1, "expires")]
    [InlineData(366, "expires")]
    public void AnExpiryNotInTheFutureOrBeyondAYearIsRefused(int days, string field)
    {
        var clock = Clock.Fake();
        var result = RiskAcceptance.Accept(TenantId, Open(clock), DecisionScope.ModelVersion, VersionId, "owner", "why", "alice",
            Clock.Start.AddDays(days), RiskAcceptancePolicy.Default, clock);

        result.Error!.Fields.ShouldHaveSingleItem().Field.ShouldBe(field);
    }

    [Fact]
    public void OwnerAndJustificationAreRequiredAndNamed()
    {
        var clock = Clock.Fake();
        var result = RiskAcceptance.Accept(TenantId, Open(clock), DecisionScope.ModelVersion, VersionId, " ", null, "alice", null, RiskAcceptancePolicy.Default, clock);

        result.Error!.Fields.Select(f => f.Field).ShouldBe(["owner", "justification"]);
        result.Error.Message.ShouldContain("who answers for the risk");
    }

    [Fact]
    public void OnlyAnOpenRiskCanBeAccepted()
    {
        var clock = Clock.Fake();
        var result = RiskAcceptance.Accept(TenantId, Open(clock, FindingStatus.Fixed), DecisionScope.ModelVersion, VersionId, "o", "j", "alice", null,
            RiskAcceptancePolicy.Default, clock);

        result.Error!.Fields.ShouldHaveSingleItem().Field.ShouldBe("finding");
    }

    [Fact]
    public void ItWarnsTenDaysBeforeAndExpiresAtItsTime()
    {
        var clock = Clock.Fake();
        var acceptance = Accept(clock);
        var policy = RiskAcceptancePolicy.Default;

        acceptance.StateAt(Clock.Start.AddDays(170).AddSeconds(-1), policy).ShouldBe(AcceptanceState.Active);
        acceptance.StateAt(Clock.Start.AddDays(170), policy).ShouldBe(AcceptanceState.Expiring);
        acceptance.IsInForce(Clock.Start.AddDays(180).AddSeconds(-1)).ShouldBeTrue();
        acceptance.StateAt(Clock.Start.AddDays(180), policy).ShouldBe(AcceptanceState.Expired);
        acceptance.IsInForce(Clock.Start.AddDays(180)).ShouldBeFalse();
    }

    [Fact]
    public void WhileInForceThePriorityStaysAndTheDueDateGoes()
    {
        var clock = Clock.Fake();
        var acceptance = Accept(clock);
        var risk = Scheduled(Clock.Start);

        var accepted = AcceptedRisk.Apply(risk, [acceptance], Clock.Start.AddDays(100), SlaPolicy.Default);

        (accepted.Priority, accepted.DueAt, accepted.AcceptedUntil, accepted.AcceptanceId)
            .ShouldBe((DeployerPriority.Scheduled, null, Clock.Start.AddDays(180), acceptance.Id));
    }

    [Fact]
    public void AtExpiryTheFindingIsOpenAgainAndItsSlaClockRestarts()
    {
        var clock = Clock.Fake();
        var acceptance = Accept(clock);
        var risk = Scheduled(Clock.Start);

        var reopened = AcceptedRisk.Apply(risk, [acceptance], Clock.Start.AddDays(180), SlaPolicy.Default);

        (reopened.AcceptedUntil, reopened.OpenedAt, reopened.DueAt).ShouldBe((null, Clock.Start.AddDays(180), Clock.Start.AddDays(180 + 90)));
    }

    [Fact]
    public void ARevokedAcceptanceEndsAtTheRevocation()
    {
        var clock = Clock.Fake();
        var acceptance = Accept(clock);
        clock.Advance(TimeSpan.FromDays(30));

        acceptance.Revoke("bob", "the vendor patch is out", clock).IsSuccess.ShouldBeTrue();
        var reopened = AcceptedRisk.Apply(Scheduled(Clock.Start), [acceptance], clock.GetUtcNow(), SlaPolicy.Default);

        acceptance.StateAt(clock.GetUtcNow(), RiskAcceptancePolicy.Default).ShouldBe(AcceptanceState.Revoked);
        (reopened.OpenedAt, reopened.DueAt).ShouldBe((Clock.Start.AddDays(30), Clock.Start.AddDays(120)));
        acceptance.Revoke("bob", "again", clock).Error!.Kind.ShouldBe(MedVigil.Domain.Common.ErrorKind.InvalidTransition);
    }

    [Fact]
    public void ARevocationNeedsAReason()
    {
        var clock = Clock.Fake();
        var acceptance = Accept(clock);

        acceptance.Revoke("bob", "  ", clock).Error!.Fields.ShouldHaveSingleItem().Field.ShouldBe("reason");
        acceptance.RevokedAt.ShouldBeNull();
    }

    [Fact]
    public void TheExpiryIsRecordedOnceAndOnlyWhenDue()
    {
        var clock = Clock.Fake();
        var acceptance = Accept(clock);

        acceptance.RecordExpiry(clock).ShouldBeFalse("not yet due");
        clock.Advance(TimeSpan.FromDays(180));
        acceptance.RecordExpiry(clock).ShouldBeTrue();
        acceptance.RecordExpiry(clock).ShouldBeFalse("recorded before");
        acceptance.ExpiryRecordedAt.ShouldBe(Clock.Start.AddDays(180));
    }

    [Fact]
    public void AnAcceptanceThatEndedBeforeTheFindingOpenedChangesNothing()
    {
        var clock = Clock.Fake();
        var acceptance = Accept(clock, Clock.Start.AddDays(10));
        var risk = Scheduled(Clock.Start.AddDays(20));

        AcceptedRisk.Apply(risk, [acceptance], Clock.Start.AddDays(30), SlaPolicy.Default).ShouldBe(risk);
    }
}
