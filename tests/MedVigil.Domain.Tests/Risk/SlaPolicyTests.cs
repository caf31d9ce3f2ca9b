using MedVigil.Domain.Devices;
using MedVigil.Domain.Risk;
using MedVigil.Standards.Ssvc;

namespace MedVigil.Domain.Tests.Risk;

public sealed class SlaPolicyTests
{
    [Theory]
    [InlineData(DeployerPriority.Immediate, 2)]
    [InlineData(DeployerPriority.OutOfCycle, 14)]
    [InlineData(DeployerPriority.Scheduled, 90)]
    public void TheDefaultGivesDaysPerPriorityFromWhenTheFindingOpened(DeployerPriority priority, int days)
    {
        SlaPolicy.Default.DueAt(priority, Clock.Start).ShouldBe(Clock.Start.AddDays(days));
    }

    [Fact]
    public void DeferHasNoDueDate()
    {
        SlaPolicy.Default.DueAt(DeployerPriority.Defer, Clock.Start).ShouldBeNull();
    }

    [Fact]
    public void ATenantPolicyChangesTheDays()
    {
        new SlaPolicy(1, 7, 30, 180).DueAt(DeployerPriority.Defer, Clock.Start).ShouldBe(Clock.Start.AddDays(180));
    }

    [Fact]
    public void AFindingIsOverdueOnlyAfterItsDueTime()
    {
        var clock = Clock.Fake();
        var facts = new FindingRiskFacts("CVE-2024-0001", true, null, null, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", Exposure.Internet, ClinicalFunction.LifeSustaining);
        var risk = FindingRisk.Assess(facts, clock.GetUtcNow(), SsvcPolicy.Default, SlaPolicy.Default);

        (risk.Priority, risk.DueAt, risk.DueDate).ShouldBe((DeployerPriority.Immediate, Clock.Start.AddDays(2), new DateOnly(2025, 3, 16)));
        risk.IsOverdue(clock).ShouldBeFalse();
        clock.Advance(TimeSpan.FromDays(2));
        risk.IsOverdue(clock).ShouldBeFalse("due at that instant, not yet past it");
        clock.Advance(TimeSpan.FromSeconds(1));
        risk.IsOverdue(clock).ShouldBeTrue();
    }

    [Fact]
    public void ADeferredFindingIsNeverOverdue()
    {
        var clock = Clock.Fake();
        var facts = new FindingRiskFacts("CVE-2024-0001", false, null, null, "CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:U/C:L/I:N/A:N", Exposure.LocalOnly, ClinicalFunction.Ancillary);
        var risk = FindingRisk.Assess(facts, clock.GetUtcNow(), SsvcPolicy.Default, SlaPolicy.Default);

        risk.Priority.ShouldBe(DeployerPriority.Defer);
        clock.Advance(TimeSpan.FromDays(3650));
        (risk.DueDate, risk.IsOverdue(clock)).ShouldBe((null, false));
    }
}
