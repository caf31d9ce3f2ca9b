using MedVigil.Domain.Devices;
using MedVigil.Domain.Risk;
using MedVigil.Standards.Ssvc;

namespace MedVigil.Domain.Tests.Risk;

public sealed class SsvcDerivationTests
{
    private const string Cve = "CVE-2024-0001";
    private const string NetworkNoAuth = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    private static FindingRiskFacts Facts(
        bool kev = false, double? epss = null, string? vector = NetworkNoAuth,
        Exposure exposure = Exposure.HospitalNetwork, ClinicalFunction function = ClinicalFunction.Monitoring) =>
        new(Cve, kev, kev ? new DateOnly(2024, 2, 1) : null, epss, vector, exposure, function);

    [Fact]
    public void AKevListingIsActiveExploitationWhateverTheEpss()
    {
        var input = SsvcDerivation.ExploitationOf(Facts(kev: true, epss: 0.01), SsvcPolicy.Default);

        (input.Value, input.Source).ShouldBe((Exploitation.Active, "CISA KEV lists CVE-2024-0001 as known exploited (added 2024-02-01)"));
    }

    [Theory]
    [InlineData(0.1, Exploitation.PublicPoc, "not in CISA KEV; EPSS 0.1 ≥ policy threshold 0.1")]
    [InlineData(0.97, Exploitation.PublicPoc, "not in CISA KEV; EPSS 0.97 ≥ policy threshold 0.1")]
    [InlineData(0.09999, Exploitation.None, "not in CISA KEV; EPSS 0.09999 < policy threshold 0.1")]
    public void AnEpssAtOrAboveTheThresholdIsAPublicPoc(double epss, Exploitation expected, string source)
    {
        var input = SsvcDerivation.ExploitationOf(Facts(epss: epss), SsvcPolicy.Default);

        (input.Value, input.Source).ShouldBe((expected, source));
    }

    [Fact]
    public void TheThresholdIsThePolicys()
    {
        SsvcDerivation.ExploitationOf(Facts(epss: 0.05), new SsvcPolicy(0.05)).Value.ShouldBe(Exploitation.PublicPoc);
        SsvcDerivation.ExploitationOf(Facts(epss: 0.05), new SsvcPolicy(0.5)).Value.ShouldBe(Exploitation.None);
    }

    [Fact]
    public void NoKevAndNoEpssIsNoExploitationAndSaysSo()
    {
        var input = SsvcDerivation.ExploitationOf(Facts(), SsvcPolicy.Default);

        (input.Value, input.Source).ShouldBe((Exploitation.None, "not in CISA KEV; no EPSS score for CVE-2024-0001"));
    }

    [Theory]
    [InlineData(Exposure.Internet, SystemExposure.Open)]
    [InlineData(Exposure.HospitalNetwork, SystemExposure.Controlled)]
    [InlineData(Exposure.Segmented, SystemExposure.Controlled)]
    [InlineData(Exposure.LocalOnly, SystemExposure.Small)]
    [InlineData(Exposure.Unknown, SystemExposure.Open)]
    public void ExposureComesFromTheDeviceAndUnknownIsOpen(Exposure exposure, SystemExposure expected)
    {
        var input = SsvcDerivation.ExposureOf(exposure);

        input.Value.ShouldBe(expected);
        input.Source.ShouldStartWith("device exposure " + DeviceVocabulary.ToWire(exposure));
    }

    [Theory]
    [InlineData(NetworkNoAuth, Automatable.Yes, "CVSS AV:N/PR:N/UI:N: network attack, no privileges, no user interaction")]
    [InlineData("CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H", Automatable.Yes, "CVSS AV:N/PR:N/UI:N: network attack, no privileges, no user interaction")]
    [InlineData("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", Automatable.No, "CVSS AV:A/PR:N/UI:N: not all of AV:N, PR:N, UI:N")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", Automatable.No, "CVSS AV:N/PR:L/UI:N: not all of AV:N, PR:N, UI:N")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", Automatable.No, "CVSS AV:N/PR:N/UI:R: not all of AV:N, PR:N, UI:N")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", Automatable.Yes, "CVSS AV:N/PR:N/UI:N: network attack, no privileges, no user interaction")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", Automatable.No, "CVSS AV:N/PR:N/UI:P: not all of AV:N, PR:N, UI:N")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P", Automatable.Yes, "no CVSS v3/v4 vector (AV:N/AC:L/Au:N/C:P/I:P/A:P): the worst value")]
    [InlineData(null, Automatable.Yes, "no CVSS vector: the worst value")]
    public void AutomatableIsANetworkAttackWithoutLoginOrUser(string? vector, Automatable expected, string source)
    {
        var input = SsvcDerivation.AutomatableOf(vector);

        (input.Value, input.Source).ShouldBe((expected, source));
    }

    [Theory]
    [InlineData(ClinicalFunction.LifeSustaining, SafetyImpact.Catastrophic, MissionImpact.MefFailure)]
    [InlineData(ClinicalFunction.Therapeutic, SafetyImpact.Critical, MissionImpact.MefFailure)]
    [InlineData(ClinicalFunction.Monitoring, SafetyImpact.Critical, MissionImpact.MefSupportCrippled)]
    [InlineData(ClinicalFunction.Diagnostic, SafetyImpact.Marginal, MissionImpact.MefSupportCrippled)]
    [InlineData(ClinicalFunction.Ancillary, SafetyImpact.Negligible, MissionImpact.Degraded)]
    [InlineData(ClinicalFunction.Unknown, SafetyImpact.Catastrophic, MissionImpact.MissionFailure)]
    public void SafetyAndMissionImpactComeFromTheClinicalFunction(ClinicalFunction function, SafetyImpact safety, MissionImpact mission)
    {
        var (si, mi) = (SsvcDerivation.SafetyImpactOf(function), SsvcDerivation.MissionImpactOf(function));

        (si.Value, mi.Value).ShouldBe((safety, mission));
        si.Source.ShouldStartWith("clinical function " + DeviceVocabulary.ToWire(function));
        mi.Source.ShouldStartWith("clinical function " + DeviceVocabulary.ToWire(function));
    }

    [Fact]
    public void AnUnclassifiedUnassessedDeviceTakesTheWorstOfEveryDeviceInput()
    {
        var inputs = SsvcDerivation.From(Facts(vector: null, exposure: Exposure.Unknown, function: ClinicalFunction.Unknown), SsvcPolicy.Default);

        (inputs.Exposure.Value, inputs.Automatable.Value, inputs.SafetyImpact.Value, inputs.MissionImpact.Value)
            .ShouldBe((SystemExposure.Open, Automatable.Yes, SafetyImpact.Catastrophic, MissionImpact.MissionFailure));
        inputs.Decide().Outcome.ShouldBe(DeployerPriority.OutOfCycle, "none/open/yes/very-high is SSVC's Out-of-Cycle row");
    }

    [Fact]
    public void TheDecisionComesFromTheOfficialRowsAndKeepsThem()
    {
        var decision = SsvcDerivation.From(Facts(kev: true, exposure: Exposure.Segmented, function: ClinicalFunction.Monitoring), SsvcPolicy.Default).Decide();

        decision.Outcome.ShouldBe(DeployerPriority.OutOfCycle);
        decision.Because.Table.Id.ShouldBe("ssvc:DT_DP:1.0.0");
        decision.Because.Row.ShouldBe(SsvcDeployer.RowOf(Exploitation.Active, SystemExposure.Controlled, Automatable.Yes, HumanImpact.High));
        decision.Because.Derivations.Single().Table.Id.ShouldBe("ssvc:DT_HI:1.0.0");
    }

    [Fact]
    public void AnOverrideReplacesTheValueAndKeepsTheDerivedReason()
    {
        var derived = SsvcDerivation.From(Facts(kev: true, exposure: Exposure.HospitalNetwork), SsvcPolicy.Default);

        var overridden = derived with { Exposure = derived.Exposure.OverriddenBy(SystemExposure.Small, "analyst") };

        overridden.Exposure.IsOverride.ShouldBeTrue();
        overridden.Exposure.Source.ShouldBe("set by analyst (derived: Controlled because device exposure hospital-network (access restricted to the hospital network))");
        (derived.Decide().Outcome, overridden.Decide().Outcome).ShouldBe((DeployerPriority.OutOfCycle, DeployerPriority.OutOfCycle));
        (overridden with { Exploitation = overridden.Exploitation.OverriddenBy(Exploitation.None, "analyst") }).Decide().Outcome
            .ShouldBe(DeployerPriority.Scheduled);
    }
}
