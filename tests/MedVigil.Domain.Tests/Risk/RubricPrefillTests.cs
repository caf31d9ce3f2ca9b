using MedVigil.Domain.Devices;
using MedVigil.Domain.Risk;
using MedVigil.Standards.Rubric;

namespace MedVigil.Domain.Tests.Risk;

public sealed class RubricPrefillTests
{
    private static readonly Guid TenantId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    private static readonly Guid ModelVersionId = Guid.Parse("0193a1b2-0000-7000-8000-000000000002");

    private static string Vector(RubricDeviceFacts facts) => MedicalDeviceRubric.Assess(RubricPrefill.From(facts).Answers).Vector;

    private static string Prefilled(RubricDeviceFacts facts) => RubricPrefill.From(facts).Answers.ToString();

    [Fact]
    public void NothingKnownAnswersNothingAndScoresTheWorstCase()
    {
        var prefill = RubricPrefill.From(RubricDeviceFacts.None);

        prefill.Prefilled.ShouldBeEmpty();
        prefill.Answers.ShouldBe(RubricAnswers.Empty);
        MedicalDeviceRubric.Assess(prefill.Answers).Vector.ShouldBe("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
    }

    [Theory]
    [InlineData(Exposure.Internet, "internet")]
    [InlineData(Exposure.HospitalNetwork, "hospital-network")]
    [InlineData(Exposure.Segmented, "segmented")]
    public void ANetworkedDeviceIsReachedOverIp(Exposure exposure, string wire)
    {
        var prefill = RubricPrefill.From(new RubricDeviceFacts(exposure));

        prefill.Answers.ToString().ShouldBe("XAVN:YES/XAVT:YES");
        prefill.Prefilled.ShouldAllBe(p => p.Reason.Contains($"exposure {wire}"));
        var av = MedicalDeviceRubric.Assess(prefill.Answers)["AV"];
        av.Value.ShouldBe('N');
        av.DecidedBy.ShouldAllBe(a => a.Answer != null, "the IP questions are answered, not assumed");
    }

    [Fact]
    public void ALocalOnlyDeviceIsNotOnIpButMayStillHaveOtherLinks() =>
        // XAVN stays unanswered: a local-only device may still have a serial port or a radio, so AV stays worst-case N.
        (Prefilled(new(Exposure.LocalOnly)), Vector(new(Exposure.LocalOnly))[..14]).ShouldBe(("XAVT:NO", "CVSS:3.1/AV:N/"));

    [Fact]
    public void ALocalOnlyDeviceWithNoLinkAtAllIsLocalUntilPhysicalContactIsKnown()
    {
        var facts = new RubricDeviceFacts(Exposure.LocalOnly, WirelessLink.None, WiredDataLinks: false);

        Prefilled(facts).ShouldBe("XAVN:NO/XAVT:NO/XAVW:NO");
        var av = MedicalDeviceRubric.Assess(RubricPrefill.From(facts).Answers)["AV"];
        av.Value.ShouldBe('L');
        av.DecidedBy.ShouldContain(new RubricAnswerUsed(RubricQuestions.XAVP, null), "physical contact is about the vulnerability and stays unanswered");
    }

    [Fact]
    public void ALocalOnlyDeviceWithAWiredLinkIsAdjacent()
    {
        var facts = new RubricDeviceFacts(Exposure.LocalOnly, WirelessLink.None, WiredDataLinks: true);

        Prefilled(facts).ShouldBe("XAVN:YES/XAVT:NO/XAVW:NO");
        Vector(facts)[..14].ShouldBe("CVSS:3.1/AV:A/");
    }

    [Fact]
    public void AShortRangeRadioWithoutIpIsLocal()
    {
        var facts = new RubricDeviceFacts(Exposure.LocalOnly, WirelessLink.ShortRange);

        Prefilled(facts).ShouldBe("XAVN:YES/XAVT:NO/XAVW:YES/XAVR:YES");
        Vector(facts)[..14].ShouldBe("CVSS:3.1/AV:L/");
    }

    [Fact]
    public void ALongRangeRadioWithoutIpIsAdjacent()
    {
        var facts = new RubricDeviceFacts(Exposure.LocalOnly, WirelessLink.LongRange);

        Prefilled(facts).ShouldBe("XAVN:YES/XAVT:NO/XAVW:YES/XAVR:NO");
        Vector(facts)[..14].ShouldBe("CVSS:3.1/AV:A/");
    }

    [Fact]
    public void IpWinsOverARadioOnANetworkedDevice()
    {
        var facts = new RubricDeviceFacts(Exposure.Segmented, WirelessLink.ShortRange);

        Prefilled(facts).ShouldBe("XAVN:YES/XAVT:YES/XAVW:YES/XAVR:YES");
        Vector(facts)[..14].ShouldBe("CVSS:3.1/AV:N/");
    }

    [Fact]
    public void ASingleRoleDeviceHasNoPrivilegeToRequire()
    {
        var assessment = MedicalDeviceRubric.Assess(RubricPrefill.From(new RubricDeviceFacts(MultipleUserRoles: false)).Answers);

        assessment["PR"].Value.ShouldBe('N');
        assessment["PR"].DecidedBy.ShouldBe([new RubricAnswerUsed(RubricQuestions.XPRL, RubricAnswer.No)]);
    }

    [Fact]
    public void AMultiRoleDeviceLeavesTheVulnerabilitysPrivilegeQuestionsOpen()
    {
        var prefill = RubricPrefill.From(new RubricDeviceFacts(MultipleUserRoles: true));

        prefill.Answers.ToString().ShouldBe("XPRL:YES");
        MedicalDeviceRubric.Assess(prefill.Answers).Unanswered.ShouldContain(RubricQuestions.XPRZ);
    }

    [Theory]
    [InlineData(0, "XCPM:NO")]
    [InlineData(499, "XCPM:NO")]
    [InlineData(500, "")]
    [InlineData(100_000, "")]
    public void FewerThan500PatientsIsBelowBreachScale(int records, string expected) =>
        Prefilled(new RubricDeviceFacts(PatientRecordsHeld: records)).ShouldBe(expected);

    [Fact]
    public void ReadablePhiOfFewPatientsIsLowConfidentialityOnceTheRestIsKnown()
    {
        // XCP (can it be read?) is about the vulnerability; with it answered YES, the patient count decides Low.
        var given = RubricAnswers.Parse("XCP:YES/XCD:N/XCT:N/XCW:N/XCS:N/XCO:N");

        var answers = RubricPrefill.From(new RubricDeviceFacts(PatientRecordsHeld: 12)).OverriddenBy(given);

        MedicalDeviceRubric.Assess(answers)["C"].Value.ShouldBe('L');
    }

    [Fact]
    public void NegativePatientCountsAreABug() =>
        Should.Throw<ArgumentOutOfRangeException>(() => RubricPrefill.From(new RubricDeviceFacts(PatientRecordsHeld: -1)));

    [Fact]
    public void ADeviceWithoutPhiLosesNoPhi()
    {
        var facts = new RubricDeviceFacts(AbsentDataCategories: new HashSet<RubricDataCategory> { RubricDataCategory.PhiPii });

        Prefilled(facts).ShouldBe("XCP:NO/XIP:NONE/XAP:NONE");
        RubricPrefill.From(facts).Prefilled.ShouldAllBe(p => p.Reason == "the device has no PHI/PII data");
    }

    [Fact]
    public void EveryCategoryKnownAbsentLeavesNoImpact()
    {
        var facts = new RubricDeviceFacts(AbsentDataCategories: Enum.GetValues<RubricDataCategory>().ToHashSet());

        var vector = Vector(facts);

        vector.ShouldEndWith("/C:N/I:N/A:N");
        RubricPrefill.From(facts).Answers.Count.ShouldBe(RubricQuestions.All.Count(q => q.Category != null) - 1, "all C/I/A questions but XCPM");
    }

    [Theory]
    [InlineData(ClinicalFunction.Ancillary, "XCD:NONE/XID:NONE/XAD:NONE/XCT:NONE/XIT:NONE/XAT:NONE")]
    [InlineData(ClinicalFunction.Diagnostic, "XCT:NONE/XIT:NONE/XAT:NONE")]
    [InlineData(ClinicalFunction.Monitoring, "XCT:NONE/XIT:NONE/XAT:NONE")]
    [InlineData(ClinicalFunction.Therapeutic, "")]
    [InlineData(ClinicalFunction.LifeSustaining, "")]
    [InlineData(ClinicalFunction.Unknown, "")]
    public void TheClinicalFunctionRulesOutOnlyWhatItCannotDo(ClinicalFunction function, string expected) =>
        Prefilled(new RubricDeviceFacts(AbsentDataCategories: RubricDeviceFacts.AbsentFor(function))).ShouldBe(expected);

    [Fact]
    public void ADevicesOwnFactsAreItsExposureAndClinicalFunction()
    {
        var device = Device.Register(TenantId, "MON-7", new DeviceDetails(
            ModelVersionId, null, ClinicalFunction.Monitoring, Exposure.Segmented, HoldsPatientData: true), Clock.Fake());

        RubricPrefill.From(device).Answers.ToString().ShouldBe("XAVN:YES/XAVT:YES/XCT:NONE/XIT:NONE/XAT:NONE");
    }

    [Fact]
    public void ADeviceSayingItHoldsNoPatientDataStillPrefillsNoPhiAnswer()
    {
        // HoldsPatientData = false is also what an inventory without that column gives; it cannot mean "no PHI".
        var device = Device.Register(TenantId, "LAB-1", new DeviceDetails(
            ModelVersionId, null, ClinicalFunction.Unknown, Exposure.Unknown, HoldsPatientData: false), Clock.Fake());

        RubricPrefill.From(device).Prefilled.ShouldBeEmpty();
    }

    [Fact]
    public void TheAnalystsAnswersWinOverThePrefillUnknownIncluded()
    {
        var prefill = RubricPrefill.From(new RubricDeviceFacts(Exposure.HospitalNetwork, MultipleUserRoles: false));

        var answers = prefill.OverriddenBy(RubricAnswers.Parse("XAVN:NO/XPRL:UNKNOWN/XUI:YES"));

        answers.ToString().ShouldBe("XAVN:NO/XAVT:YES/XPRL:UNKNOWN/XUI:YES");
        prefill.Answers.ToString().ShouldBe("XAVN:YES/XAVT:YES/XPRL:NO", "the pre-fill itself is unchanged");
    }
}
