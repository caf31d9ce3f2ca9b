using MedVigil.Standards.Rubric;

namespace MedVigil.Domain.Risk;

/// <summary>One answer the pre-fill gave and the device fact behind it, for the questionnaire to show.</summary>
public sealed record PrefilledAnswer(string QuestionId, RubricAnswer Answer, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{QuestionId}:{RubricAnswers.Word(Answer)} ({Reason})";
}

/// <summary>The rubric answers known from device facts alone (<see cref="RubricPrefill"/>), with a reason each.</summary>
public sealed class PrefilledRubric
{
    internal PrefilledRubric(IReadOnlyList<PrefilledAnswer> prefilled)
    {
        Prefilled = prefilled;
        Answers = prefilled.Aggregate(RubricAnswers.Empty, (answers, p) => answers.With(p.QuestionId, p.Answer));
    }

    /// <summary>The pre-filled answers, in the rubric's question order.</summary>
    public RubricAnswers Answers { get; }

    /// <summary>Each pre-filled answer with the fact it came from, in the rubric's question order.</summary>
    public IReadOnlyList<PrefilledAnswer> Prefilled { get; }

    /// <summary>
    /// The pre-filled answers with the analyst's <paramref name="given"/> answers on top: a given answer always wins,
    /// UNKNOWN included, because the analyst looked at the vulnerability and the pre-fill did not.
    /// </summary>
    public RubricAnswers OverriddenBy(RubricAnswers given)
    {
        ArgumentNullException.ThrowIfNull(given);
        return given.Answered.Aggregate(Answers, (answers, a) => answers.With(a.Question.Id, a.Answer));
    }

    /// <inheritdoc />
    public override string ToString() => Answers.ToString();
}
