namespace MedVigil.Standards.Rubric;

/// <summary>
/// One question of MITRE's "Rubric for Applying CVSS to Medical Devices": its extended-vector id (e.g. <c>XAVN</c>),
/// its number within the metric (<c>Q1</c>, <c>Q5.1</c>, <c>Q1.1.C</c>), the CVSS v3 base metric it informs, the
/// answers the calculator offers, the data category (for C/I/A questions) and the question text.
/// </summary>
public sealed record RubricQuestion(
    string Id, string Number, string Metric, RubricAnswerKind Answers, RubricDataCategory? Category, string Text)
{
    /// <summary>The answers MITRE's calculator offers, in its order.</summary>
    public IReadOnlyList<RubricAnswer> OfferedAnswers => Answers switch
    {
        RubricAnswerKind.YesNo => [RubricAnswer.Yes, RubricAnswer.No],
        RubricAnswerKind.Level => [RubricAnswer.High, RubricAnswer.Low, RubricAnswer.None, RubricAnswer.Unknown],
        _ => [RubricAnswer.Yes, RubricAnswer.No, RubricAnswer.Unknown],
    };

    /// <summary>
    /// Whether <paramref name="answer"/> is valid here: an offered answer, or UNKNOWN, which every question accepts
    /// because the rubric scores what the analyst cannot establish as the worst case.
    /// </summary>
    public bool Accepts(RubricAnswer answer) => answer == RubricAnswer.Unknown || OfferedAnswers.Contains(answer);

    /// <summary>Whether the question is answered YES/NO/UNKNOWN (rather than HIGH/LOW/NONE/UNKNOWN).</summary>
    public bool IsYesNo => Answers != RubricAnswerKind.Level;
}
