using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedVigil.Standards.Rubric;

namespace MedVigil.Standards.Tests.Rubric;

/// <summary>UNKNOWN is the worst case: turning any answer into UNKNOWN (or removing it) never makes any metric less severe.</summary>
public sealed class WorstCasePropertyTests
{
    // Each metric's values from least to most severe.
    private static readonly Dictionary<string, string> Severity = new()
    {
        ["AV"] = "PLAN", ["AC"] = "HL", ["PR"] = "HLN", ["UI"] = "RN", ["S"] = "UC", ["C"] = "NLH", ["I"] = "NLH", ["A"] = "NLH",
    };

    [Property]
    public Property MakingAnAnswerUnknownNeverLowersAnyMetric() =>
        Prop.ForAll(RubricAnswersParsingTests.AnyAnswers().ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (answers, which) =>
        {
            var id = RubricQuestions.All[which].Id;
            return NoLessSevere(answers.With(id, RubricAnswer.Unknown), answers)
                && NoLessSevere(answers.Without(id), answers);
        });

    private static bool NoLessSevere(RubricAnswers worse, RubricAnswers original)
    {
        var before = MedicalDeviceRubric.Assess(original);
        var after = MedicalDeviceRubric.Assess(worse);
        return after.Metrics.Zip(before.Metrics).All(p =>
            Severity[p.First.Metric].IndexOf(p.First.Value, StringComparison.Ordinal) >= Severity[p.Second.Metric].IndexOf(p.Second.Value, StringComparison.Ordinal));
    }
}
