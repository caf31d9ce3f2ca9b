namespace MedVigil.Standards.Rubric;

/// <summary>
/// Walks one metric's decision flow: records each question asked and its answer (a missing answer counts as
/// UNKNOWN), then concludes with the metric value and a reason built from the path.
/// </summary>
internal sealed class FlowTrace(RubricAnswers answers, string metric)
{
    private readonly List<RubricAnswerUsed> path = [];

    public RubricAnswer Ask(string questionId)
    {
        var answered = answers.TryGet(questionId, out var answer);
        path.Add(new RubricAnswerUsed(questionId, answered ? answer : null));
        return answered ? answer : RubricAnswer.Unknown;
    }

    /// <summary>The value, reasoned from every answer on the path.</summary>
    public RubricMetricResult Conclude(char value, string why) =>
        new(metric, value, $"{string.Join(", ", path)}: {why} → {CvssV3Names.Of(metric, value)}.", path.ToArray());

    /// <summary>For an UNKNOWN (or missing) answer: the worst value reachable from that question.</summary>
    public RubricMetricResult WorstCase(char value, string unknown) =>
        Conclude(value, $"{unknown} is unknown, so the worst case is scored");
}
