using MedVigil.Domain.Access;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Mitigations;
using MedVigil.Domain.Risk;
using MedVigil.Standards.Ssvc;

namespace MedVigil.Domain.Tests.Mitigations;

public sealed class MitigationEffectsTests
{
    private const string Vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static readonly Guid Device = Guid.CreateVersion7();
    private static readonly MitigationActor Analyst = new("ana", Role.SecurityAnalyst);

    private static FindingRiskFacts Facts(Exposure exposure, ClinicalFunction function = ClinicalFunction.LifeSustaining) =>
        new("CVE-2026-90001", true, null, null, Vector, exposure, function);

    private static Mitigation Verified(MitigationKind kind)
    {
        var clock = Clock.Fake();
        var m = Mitigation.Propose(Guid.CreateVersion7(), kind, [Device], ["CVE-2026-90001"], [], ClinicalCost.None, "o", null, Analyst, clock).Value;
        m.Approve(Analyst, [ClinicalFunction.Ancillary], clock);
        m.Schedule(Analyst, Clock.Start, clock);
        m.MarkDone(Analyst, clock);
        m.Verify(Analyst, clock);
        return m;
    }

    private static MitigatedRisk Assess(FindingRiskFacts facts, params Mitigation[] mitigations) =>
        MitigatedRisk.Assess(facts, Clock.Start, mitigations, MitigationEffects.VerifiedLabel, SsvcPolicy.Default, SlaPolicy.Default);

    [Theory]
    [InlineData(Exposure.Internet, SystemExposure.Controlled)]
    [InlineData(Exposure.Unknown, SystemExposure.Controlled)]
    [InlineData(Exposure.HospitalNetwork, SystemExposure.Small)]
    [InlineData(Exposure.Segmented, SystemExposure.Small)]
    [InlineData(Exposure.LocalOnly, SystemExposure.Small)]
    public void SegmentationLowersExposureOneStep(Exposure exposure, SystemExposure after)
    {
        Assess(Facts(exposure), Verified(MitigationKind.Segmentation)).Risk!.Inputs.Exposure.Value.ShouldBe(after);
    }

    [Fact]
    public void TheChangedInputNamesTheMitigationAndKeepsWhatItWas()
    {
        var segmentation = Verified(MitigationKind.Segmentation);

        var risk = Assess(Facts(Exposure.Internet), segmentation).Risk!;

        risk.Inputs.Exposure.Source.ShouldBe(
            $"verified mitigation {segmentation.Id} (segmentation, verified 2025-03-14 by ana): segmentation or ACL in front of the device "
            + "(was Open because device exposure internet)");
        // KEV, automatable, Very High on a ventilator: Open was Immediate, Controlled is Out-of-Cycle (official row).
        (Assess(Facts(Exposure.Internet)).Risk!.Priority, risk.Priority).ShouldBe((DeployerPriority.Immediate, DeployerPriority.OutOfCycle));
    }

    [Fact]
    public void TheResidualKeepsBothPrioritiesAndBothInputSummaries()
    {
        var facts = Facts(Exposure.Internet);
        var before = Assess(facts);
        var after = Assess(facts, Verified(MitigationKind.Segmentation));

        (before.Risk!.Priority, after.Risk!.Priority).ShouldBe((DeployerPriority.Immediate, DeployerPriority.OutOfCycle));
        var residual = MitigatedRisk.Residual(Guid.Empty, Device, "VENT-1", "CVE-2026-90001", before, after);
        (residual.PriorityBefore, residual.PriorityAfter, residual.DueBefore, residual.DueAfter, residual.ChangedBecause).ShouldBe(
            ("immediate", "out-of-cycle", new DateOnly(2025, 3, 16), new DateOnly(2025, 3, 28), "System Exposure Open → Controlled"));
        residual.InputsBefore.ShouldBe("ssvc:E:1.1.0:A/ssvc:EXP:1.0.1:O/ssvc:A:2.0.0:Y/ssvc:SI:2.0.1:C/ssvc:MI:2.0.0:MEF");
        residual.InputsAfter.ShouldBe("ssvc:E:1.1.0:A/ssvc:EXP:1.0.1:C/ssvc:A:2.0.0:Y/ssvc:SI:2.0.1:C/ssvc:MI:2.0.0:MEF");
    }

    [Fact]
    public void DisablingTheServiceMakesExposureSmall()
    {
        var risk = Assess(Facts(Exposure.Internet), Verified(MitigationKind.DisableService)).Risk!;

        risk.Inputs.Exposure.Value.ShouldBe(SystemExposure.Small);
        risk.Inputs.Exposure.Source.ShouldContain("the vulnerable service is off or its port closed");
        risk.Inputs.Automatable.Value.ShouldBe(Automatable.Yes, "the vector is the vulnerability's; the exposure is what changed");
    }

    [Theory]
    [InlineData(MitigationKind.Update, MitigationEffects.FixedByMitigation)]
    [InlineData(MitigationKind.Retire, MitigationEffects.RetiredByMitigation)]
    public void UpdateAndRetirementResolveTheFinding(MitigationKind kind, string resolution)
    {
        var mitigation = Verified(kind);

        var assessed = Assess(Facts(Exposure.Internet), mitigation);

        (assessed.Risk, assessed.Mitigated.ResolvedBy, assessed.PriorityText).ShouldBe((null, mitigation.Id, resolution));
    }

    [Theory]
    [InlineData(MitigationKind.CompensatingControl)]
    [InlineData(MitigationKind.EnhancedMonitoring)]
    public void DocumentedControlsChangeNoInput(MitigationKind kind)
    {
        var facts = Facts(Exposure.Internet);

        Assess(facts, Verified(kind)).Risk!.Inputs.ShouldBe(Assess(facts).Risk!.Inputs);
    }
}
