namespace MedVigil.Standards.Rubric;

/// <summary>An answer the rubric's flow consulted: the question id and the answer, or null when it was not answered (scored as UNKNOWN).</summary>
public sealed record RubricAnswerUsed(string QuestionId, RubricAnswer? Answer)
{
    /// <summary>E.g. <c>XAVT = NO</c> or <c>XAVT not answered</c>.</summary>
    public override string ToString() =>
        Answer is { } answer ? $"{QuestionId} = {RubricAnswers.Word(answer)}" : $"{QuestionId} not answered";
}

/// <summary>
/// The value the rubric gives one CVSS v3.1 base metric, e.g. <c>AV</c> = <c>L</c> (Local), with the answers that
/// decided it and a sentence saying why.
/// </summary>
public sealed class RubricMetricResult
{
    internal RubricMetricResult(string metric, char value, string reason, IReadOnlyList<RubricAnswerUsed> decidedBy) =>
        (Metric, Value, Reason, DecidedBy) = (metric, value, reason, decidedBy);

    /// <summary>The metric's abbreviation in the CVSS vector: AV, AC, PR, UI, S, C, I or A.</summary>
    public string Metric { get; }

    /// <summary>The value's letter in the CVSS vector, e.g. <c>N</c>.</summary>
    public char Value { get; }

    /// <summary>The value's CVSS name, e.g. <c>Network</c>.</summary>
    public string ValueName => CvssV3Names.Of(Metric, Value);

    /// <summary>Why: the answers on the path and the rule that concluded, e.g. "XAVN = YES, XAVT = YES: … Network".</summary>
    public string Reason { get; }

    /// <summary>The answers that decided the value (for C/I/A, those of the categories at the chosen level).</summary>
    public IReadOnlyList<RubricAnswerUsed> DecidedBy { get; }

    /// <summary>The vector element, e.g. <c>AV:N</c>.</summary>
    public override string ToString() => $"{Metric}:{Value}";
}

/// <summary>The names of CVSS v3 base metric values, for reasons people read.</summary>
internal static class CvssV3Names
{
    public static string Of(string metric, char value) => (metric, value) switch
    {
        ("AV", 'N') => "Network",
        ("AV", 'A') => "Adjacent",
        ("AV", 'L') => "Local",
        ("AV", 'P') => "Physical",
        ("AC" or "PR" or "C" or "I" or "A", 'L') => "Low",
        ("AC" or "PR" or "C" or "I" or "A", 'H') => "High",
        ("PR" or "UI" or "C" or "I" or "A", 'N') => "None",
        ("UI", 'R') => "Required",
        ("S", 'U') => "Unchanged",
        ("S", 'C') => "Changed",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a value of CVSS v3 {metric}."),
    };
}
