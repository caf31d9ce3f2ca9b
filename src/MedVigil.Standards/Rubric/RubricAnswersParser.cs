namespace MedVigil.Standards.Rubric;

/// <summary>Reads the extended vector <c>ID:ANSWER/ID:ANSWER/…</c>, reporting the first problem with its position.</summary>
internal static class RubricAnswersParser
{
    public static bool TryParse(string? text, out RubricAnswers? answers, out RubricParseError? error)
    {
        answers = null;
        error = Check(text);
        if (error is not null)
        {
            return false;
        }

        var values = new RubricAnswer?[RubricQuestions.All.Count];
        for (var start = 0; start < text!.Length;)
        {
            var end = text.IndexOf('/', start);
            end = end < 0 ? text.Length : end;
            error = ReadElement(text, start, end, values);
            if (error is not null)
            {
                return false;
            }

            start = end + 1;
            if (end < text.Length && start == text.Length)
            {
                error = new RubricParseError(end, "/", $"The extended vector ends with '/' at position {end}; remove it.");
                return false;
            }
        }

        answers = RubricAnswers.FromArray(values);
        return true;
    }

    private static RubricParseError? Check(string? text) =>
        text is null ? new RubricParseError(0, "", "No extended vector was given (position 0).")
        : text.Length > RubricAnswers.MaxLength ? new RubricParseError(RubricAnswers.MaxLength, text[..16] + "…",
            $"An extended vector is at most {RubricAnswers.MaxLength} characters long; this one has {text.Length}.")
        : null;

    private static RubricParseError? ReadElement(string text, int start, int end, RubricAnswer?[] values)
    {
        var element = text.AsSpan(start, end - start);
        var colon = element.IndexOf(':');
        if (colon <= 0)
        {
            return new RubricParseError(start, element.ToString(),
                $"'{element}' at position {start} is not ID:ANSWER (e.g. XAVN:YES).");
        }

        var id = element[..colon];
        var index = RubricQuestions.IndexOf(id);
        if (index < 0)
        {
            return new RubricParseError(start, id.ToString(), $"'{id}' at position {start} is not a rubric question id.");
        }

        var question = RubricQuestions.All[index];
        if (values[index] is not null)
        {
            return new RubricParseError(start, id.ToString(), $"{question.Id} at position {start} is answered twice.");
        }

        var answerAt = start + colon + 1;
        var word = element[(colon + 1)..];
        if (ReadAnswer(word, question) is not { } answer || !question.Accepts(answer))
        {
            return new RubricParseError(answerAt, word.ToString(),
                $"'{word}' at position {answerAt} is not an answer to {question.Id}; expected {RubricAnswers.Expected(question)}.");
        }

        values[index] = answer;
        return null;
    }

    private static RubricAnswer? ReadAnswer(ReadOnlySpan<char> word, RubricQuestion question)
    {
        foreach (var answer in Enum.GetValues<RubricAnswer>())
        {
            if (word.Equals(RubricAnswers.Word(answer), StringComparison.OrdinalIgnoreCase))
            {
                return answer;
            }
        }

        return word.Length != 1 ? null : char.ToUpperInvariant(word[0]) switch
        {
            'Y' => RubricAnswer.Yes,
            'N' => question.IsYesNo ? RubricAnswer.No : RubricAnswer.None,
            'U' => RubricAnswer.Unknown,
            'H' => RubricAnswer.High,
            'L' => RubricAnswer.Low,
            _ => null,
        };
    }
}
