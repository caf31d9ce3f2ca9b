using MedVigil.Standards.Rubric;

namespace MedVigil.Standards.Tests.Rubric;

/// <summary>Builds answer sets for the flow tests.</summary>
internal static class RubricCase
{
    /// <summary>
    /// Every question on the paths taken answered (a local attack) and every C/I/A category answered "no loss", so one
    /// override shows its own effect.
    /// </summary>
    public static RubricAnswers NoImpact { get; } = RubricAnswers.Parse(
        "XAVN:NO/XAVP:NO/XACL:YES/XPRL:NO/XUI:NO/XS:NO/XCP:NO/XIP:NONE/XAP:NONE/XCD:NONE/XID:NONE/XAD:NONE/XCT:NONE/XIT:NONE/XAT:NONE"
        + "/XCW:NONE/XIW:NONE/XAW:NONE/XCS:NONE/XIS:NONE/XAS:NONE/XCO:NONE/XIO:NONE/XAO:NONE");

    /// <summary><paramref name="overrides"/> (an extended vector) applied over <paramref name="baseline"/>.</summary>
    public static RubricAnswers Over(RubricAnswers baseline, string overrides) =>
        RubricAnswers.Parse(overrides).Answered.Aggregate(baseline, (a, p) => a.With(p.Question.Id, p.Answer));

    /// <summary>The metric's value and the answers that decided it, as "N by XAVN = YES, XAVT = YES".</summary>
    public static string Outcome(RubricAnswers answers, string metric)
    {
        var result = MedicalDeviceRubric.Assess(answers)[metric];
        return $"{result.Value} by {string.Join(", ", result.DecidedBy)}";
    }
}
