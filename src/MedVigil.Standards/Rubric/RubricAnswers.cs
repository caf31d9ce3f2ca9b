using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Rubric;

/// <summary>
/// The answers given so far to the rubric's questions, immutable. Its text form is the rubric's extended vector,
/// <c>XAVN:YES/XAVT:NO/…/XCD:HIGH</c>, in the calculator's question order; parsing ignores case and also reads the
/// one-letter answers Y, N, U, H, L (N is NO for yes/no questions and NONE for data-category questions).
/// </summary>
public sealed class RubricAnswers : IEquatable<RubricAnswers>
{
    /// <summary>Longer texts are rejected before any work, so hostile input stays cheap.</summary>
    public const int MaxLength = 4096;

    private readonly RubricAnswer?[] answers;

    private RubricAnswers(RubricAnswer?[] answers) => this.answers = answers;

    /// <summary>No answers: every question the flow reaches counts as UNKNOWN.</summary>
    public static RubricAnswers Empty { get; } = new(new RubricAnswer?[RubricQuestions.All.Count]);

    /// <summary>How many questions are answered.</summary>
    public int Count => answers.Count(a => a.HasValue);

    /// <summary>The answered questions and their answers, in the calculator's order.</summary>
    public IEnumerable<(RubricQuestion Question, RubricAnswer Answer)> Answered =>
        RubricQuestions.All.Zip(answers).Where(p => p.Second.HasValue).Select(p => (p.First, p.Second!.Value));

    /// <summary>The answer to <paramref name="questionId"/>, if it is answered.</summary>
    public bool TryGet(string questionId, out RubricAnswer answer)
    {
        var given = answers[IndexOf(questionId)];
        answer = given.GetValueOrDefault();
        return given.HasValue;
    }

    /// <summary>These answers with <paramref name="questionId"/> answered (or re-answered) <paramref name="answer"/>.</summary>
    /// <exception cref="ArgumentException">The id is not a rubric question, or the question does not take that answer.</exception>
    public RubricAnswers With(string questionId, RubricAnswer answer)
    {
        var index = IndexOf(questionId);
        var question = RubricQuestions.All[index];
        if (!question.Accepts(answer))
        {
            throw new ArgumentException($"{question.Id} is answered {Expected(question)}, not {Word(answer)}.", nameof(answer));
        }

        var copy = (RubricAnswer?[])answers.Clone();
        copy[index] = answer;
        return new RubricAnswers(copy);
    }

    /// <summary>These answers without an answer to <paramref name="questionId"/>.</summary>
    public RubricAnswers Without(string questionId)
    {
        var copy = (RubricAnswer?[])answers.Clone();
        copy[IndexOf(questionId)] = null;
        return new RubricAnswers(copy);
    }

    /// <summary>Parses the extended vector; throws <see cref="FormatException"/> with the reason.</summary>
    public static RubricAnswers Parse(string text) =>
        TryParse(text, out var answers, out var error) ? answers : throw new FormatException(error.Message);

    /// <summary>Parses the extended vector.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out RubricAnswers? answers) =>
        TryParse(text, out answers, out _);

    /// <summary>Parses the extended vector; on failure <paramref name="error"/> says what and where.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text, [NotNullWhen(true)] out RubricAnswers? answers, [NotNullWhen(false)] out RubricParseError? error) =>
        RubricAnswersParser.TryParse(text, out answers, out error);

    /// <summary>The canonical extended vector: answered questions in the calculator's order, upper-case full answers.</summary>
    public override string ToString() =>
        string.Join('/', Answered.Select(p => $"{p.Question.Id}:{Word(p.Answer)}"));

    /// <inheritdoc />
    public bool Equals(RubricAnswers? other) => other is not null && answers.AsSpan().SequenceEqual(other.answers);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RubricAnswers);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var answer in answers)
        {
            hash.Add(answer);
        }

        return hash.ToHashCode();
    }

    /// <summary>The answer as the rubric writes it: YES, NO, UNKNOWN, HIGH, LOW or NONE.</summary>
    public static string Word(RubricAnswer answer) => answer switch
    {
        RubricAnswer.Yes => "YES",
        RubricAnswer.No => "NO",
        RubricAnswer.Unknown => "UNKNOWN",
        RubricAnswer.High => "HIGH",
        RubricAnswer.Low => "LOW",
        RubricAnswer.None => "NONE",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not a rubric answer."),
    };

    internal static string Expected(RubricQuestion question) =>
        string.Join(", ", question.OfferedAnswers.Append(RubricAnswer.Unknown).Distinct().Select(Word));

    internal static RubricAnswers FromArray(RubricAnswer?[] answers) => new(answers);

    private static int IndexOf(string questionId)
    {
        var index = RubricQuestions.IndexOf(questionId);
        return index >= 0 ? index : throw new ArgumentException($"'{questionId}' is not a rubric question id.", nameof(questionId));
    }
}
