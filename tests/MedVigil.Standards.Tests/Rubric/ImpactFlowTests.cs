using MedVigil.Standards.Rubric;

namespace MedVigil.Standards.Tests.Rubric;

/// <summary>
/// Confidentiality, Integrity and Availability over the six data categories: every level of every category question,
/// the PHI/PII confidentiality flow, UNKNOWN and unanswered as the worst case, and "the worst category wins".
/// Each case starts from every category answered NONE and changes only what it names.
/// </summary>
public sealed class ImpactFlowTests
{
    public static TheoryData<string, string> CategoryQuestions => new(
        RubricQuestions.All.Where(q => q.Answers == RubricAnswerKind.Level).Select(q => (q.Id, q.Metric)));

    [Theory]
    [MemberData(nameof(CategoryQuestions))]
    public void EachCategoryQuestionSetsItsMetricByItsLevelAndUnknownIsHigh(string id, string metric)
    {
        foreach (var (answer, expected) in new[] { ("HIGH", 'H'), ("LOW", 'L'), ("NONE", 'N'), ("UNKNOWN", 'H') })
        {
            var result = MedicalDeviceRubric.Assess(RubricCase.Over(RubricCase.NoImpact, $"{id}:{answer}"))[metric];
            result.Value.ShouldBe(expected, $"{id}:{answer}");
        }

        var unanswered = MedicalDeviceRubric.Assess(RubricCase.NoImpact.Without(id));
        unanswered[metric].Value.ShouldBe('H', $"{id} not answered");
        unanswered.Unanswered.ShouldBe([id]);
    }

    [Theory]
    [InlineData("XCP:NO", "N by XCP = NO, XCD = NONE, XCT = NONE, XCW = NONE, XCS = NONE, XCO = NONE")] // nothing readable
    [InlineData("XCP:YES/XCPM:YES", "H by XCP = YES, XCPM = YES")] // breach-notification scale (≥ ~500 patients)
    [InlineData("XCP:YES/XCPM:NO", "L by XCP = YES, XCPM = NO")] // readable, few patients: the calculator says High here
    [InlineData("XCP:YES/XCPM:UNKNOWN", "H by XCP = YES, XCPM = UNKNOWN")]
    [InlineData("XCP:YES", "H by XCP = YES, XCPM not answered")]
    [InlineData("XCP:UNKNOWN/XCPM:NO", "H by XCP = UNKNOWN")] // XCPM is asked only after XCP = YES
    public void PhiConfidentialityIsHighOnlyAtBreachNotificationScale(string overrides, string expected) =>
        RubricCase.Outcome(RubricCase.Over(RubricCase.NoImpact, overrides), "C").ShouldBe(expected);

    [Fact]
    public void PhiConfidentialityUnansweredIsHighAndReported()
    {
        var assessment = MedicalDeviceRubric.Assess(RubricCase.NoImpact.Without(RubricQuestions.XCP));
        assessment["C"].Value.ShouldBe('H');
        assessment.Unanswered.ShouldBe([RubricQuestions.XCP]);
    }

    [Theory]
    [InlineData("XCT:LOW/XCD:HIGH/XCO:LOW", "C", "H by XCD = HIGH")]
    [InlineData("XCT:LOW/XCO:LOW", "C", "L by XCT = LOW, XCO = LOW")] // every category at the chosen level decides
    [InlineData("XCP:YES/XCPM:NO/XCS:LOW", "C", "L by XCP = YES, XCPM = NO, XCS = LOW")]
    [InlineData("XIT:HIGH/XIW:LOW", "I", "H by XIT = HIGH")]
    [InlineData("XIP:LOW", "I", "L by XIP = LOW")]
    [InlineData("XAT:LOW", "A", "L by XAT = LOW")] // the calculator reads XIO here instead, and says None
    [InlineData("XIO:LOW", "A", "N by XAP = NONE, XAD = NONE, XAT = NONE, XAW = NONE, XAS = NONE, XAO = NONE")] // …and Low here
    [InlineData("XAW:UNKNOWN/XAD:LOW", "A", "H by XAW = UNKNOWN")] // the calculator counts UNKNOWN as None
    public void TheWorstCategoryWins(string overrides, string metric, string expected) =>
        RubricCase.Outcome(RubricCase.Over(RubricCase.NoImpact, overrides), metric).ShouldBe(expected);

    [Fact]
    public void AnImpactReasonNamesTheDecisiveCategories()
    {
        var c = MedicalDeviceRubric.Assess(RubricCase.Over(RubricCase.NoImpact, "XCP:YES/XCPM:NO/XCT:LOW"))["C"];
        c.Reason.ShouldBe(
            "the worst category wins: PHI/PII (XCP = YES, XCPM = NO: readable, but below breach-notification scale); "
            + "delivery of therapy (XCT = LOW) → Low.");
    }

    [Fact]
    public void NoAnswersAtAllScoreTheWorstCaseEverywhereAndListWhatWasReached()
    {
        var assessment = MedicalDeviceRubric.Assess(RubricAnswers.Empty);
        assessment.Vector.ShouldBe("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
        assessment.Unanswered.ShouldBe([
            "XAVN", "XACL", "XPRL", "XUI", "XS",
            "XCP", "XCD", "XCT", "XCW", "XCS", "XCO",
            "XIP", "XID", "XIT", "XIW", "XIS", "XIO",
            "XAP", "XAD", "XAT", "XAW", "XAS", "XAO",
        ]);
    }

    [Fact]
    public void AFullyAnsweredInfusionPumpGivesTheExpectedVector()
    {
        // A network-connected infusion pump, single-role UI, therapy integrity and availability at stake, no PHI breach scale.
        var answers = RubricCase.Over(RubricCase.NoImpact,
            "XAVN:YES/XAVT:YES/XACL:YES/XPRL:NO/XUI:NO/XS:NO/XCP:YES/XCPM:NO/XIT:HIGH/XAT:HIGH/XCS:LOW");
        var assessment = MedicalDeviceRubric.Assess(answers);
        assessment.Vector.ShouldBe("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:H/A:H");
        assessment.Unanswered.ShouldBeEmpty();
        assessment.Metrics.Select(m => m.Metric).ShouldBe(["AV", "AC", "PR", "UI", "S", "C", "I", "A"]);
    }
}
