using MedVigil.Standards.Ssvc;

namespace MedVigil.Standards.Tests.Ssvc;

public sealed class DecisionExplanationTests
{
    [Fact]
    public void TheDeployerExplainsItsDecisionByTheRowThatMadeIt()
    {
        var decision = SsvcDeployer.Explain(Exploitation.PublicPoc, SystemExposure.Open, Automatable.Yes, HumanImpact.VeryHigh);

        decision.Outcome.ShouldBe(DeployerPriority.OutOfCycle);
        decision.Because.Row.ShouldBe(47);
        decision.Because.Inputs.Select(s => s.ToString())
            .ShouldBe(["ssvc:E:1.1.0:P", "ssvc:EXP:1.0.1:O", "ssvc:A:2.0.0:Y", "ssvc:HI:2.0.2:VH"]);
        decision.Because.Outcome.ToString().ShouldBe("ssvc:DSOI:1.0.0:O");
        decision.ToString().ShouldBe(
            "Deployer Patch Application Priority (ssvc:DT_DP:1.0.0) row 47: Exploitation = Public PoC, System Exposure = Open, "
            + "Automatable = Yes, Human Impact = Very High → Out-of-Cycle");
    }

    [Fact]
    public void ADeployerDecisionFromSafetyAndMissionImpactAlsoShowsTheHumanImpactRow()
    {
        var decision = SsvcDeployer.Explain(
            Exploitation.Active, SystemExposure.Small, Automatable.No, SafetyImpact.Critical, MissionImpact.Degraded);

        decision.Outcome.ShouldBe(DeployerPriority.Scheduled);
        decision.Because.Derivations.Single().Table.ShouldBe(HumanImpactTable.Table);
        decision.ToString().ShouldBe(
            "Deployer Patch Application Priority (ssvc:DT_DP:1.0.0) row 49: Exploitation = Active, System Exposure = Small, "
            + "Automatable = No, Human Impact = Medium → Scheduled\n"
            + "  where Human Impact (ssvc:DT_HI:1.0.0) row 8: Safety Impact = Critical, Mission Impact = Degraded → Medium");
    }

    [Fact]
    public void TheCisaCoordinatorCanDeriveMissionAndWellBeingFromPrevalenceAndPublicWellBeing()
    {
        var decision = CisaCoordinator.Explain(
            Exploitation.Active, Automatable.Yes, TechnicalImpact.Total, MissionPrevalence.Minimal, PublicWellBeingImpact.Material);

        decision.Outcome.ShouldBe(CisaPriority.Act);
        decision.Because.Inputs[3].Value.Name.ShouldBe("Medium");
        decision.Because.Derivations.Single().Row.ShouldBe(1);
        CisaCoordinator.Decide(Exploitation.Active, Automatable.Yes, TechnicalImpact.Total, MissionPrevalence.Minimal, PublicWellBeingImpact.Material)
            .ShouldBe(CisaPriority.Act);
    }

    // Human Impact 2.0.2's prose says "Marginal AND MEF Failure → High"; SSVC's table (canonical) says Medium.
    [Fact]
    public void HumanImpactFollowsTheTableWhereTheProseDisagrees() =>
        HumanImpactTable.Of(SafetyImpact.Marginal, MissionImpact.MefFailure).ShouldBe(HumanImpact.Medium);

    [Fact]
    public void EveryRowOfEveryTableDecodesToInputsThatDecideThatRow()
    {
        foreach (var row in SsvcDeployer.Table.Rows())
        {
            var i = Ordinals(row);
            var decision = SsvcDeployer.Explain((Exploitation)i[0], (SystemExposure)i[1], (Automatable)i[2], (HumanImpact)i[3]);
            decision.Because.Row.ShouldBe(row.Row);
            decision.Because.Outcome.ShouldBe(row.Outcome);
            SsvcDeployer.Decide((Exploitation)i[0], (SystemExposure)i[1], (Automatable)i[2], (HumanImpact)i[3]).ShouldBe(decision.Outcome);
        }

        foreach (var row in CisaCoordinator.Table.Rows())
        {
            var i = Ordinals(row);
            CisaCoordinator.RowOf((Exploitation)i[0], (Automatable)i[1], (TechnicalImpact)i[2], (MissionAndWellBeingImpact)i[3]).ShouldBe(row.Row);
        }

        foreach (var row in HumanImpactTable.Table.Rows().Concat(MissionAndWellBeingTable.Table.Rows()))
        {
            var i = Ordinals(row);
            (i[0] * row.Inputs[1].DecisionPoint.Values.Count + i[1]).ShouldBe(row.Row);
        }
    }

    [Fact]
    public void ActiveExploitationNeverDefersAndNoExploitationRarelyGoesOutOfCycle()
    {
        foreach (var row in SsvcDeployer.Table.Rows())
        {
            var exploitation = row.Inputs[0].Value.Name;
            if (exploitation == "Active")
            {
                row.Outcome.Value.Name.ShouldNotBe("Defer", row.ToString());
            }
            else if (exploitation == "None" && row.Row != 23)
            {
                row.Outcome.Value.Name.ShouldBeOneOf(["Defer", "Scheduled"], row.ToString());
            }
        }

        SsvcDeployer.Table.Row(23).ToString().ShouldEndWith("Exploitation = None, System Exposure = Open, Automatable = Yes, Human Impact = Very High → Out-of-Cycle");
    }

    [Fact]
    public void AnUndefinedEnumValueIsAnArgumentErrorNamingTheParameter() =>
        Should.Throw<ArgumentOutOfRangeException>(() => SsvcDeployer.Decide((Exploitation)3, SystemExposure.Open, Automatable.Yes, HumanImpact.Low))
            .ParamName.ShouldBe("exploitation");

    [Fact]
    public void ARowOutsideTheTableIsAnArgumentError() =>
        Should.Throw<ArgumentOutOfRangeException>(() => HumanImpactTable.Table.Row(16));

    private static int[] Ordinals(SsvcTableRow row) =>
        row.Inputs.Select(s => s.DecisionPoint.Values.ToList().IndexOf(s.Value)).ToArray();
}
