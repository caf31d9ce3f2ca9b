namespace MedVigil.Standards.Rubric;

/// <summary>Why a text is not a set of rubric answers, and where (0-based character position).</summary>
/// <param name="Position">The 0-based position in the input where the problem starts.</param>
/// <param name="Text">The offending part of the input.</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record RubricParseError(int Position, string Text, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
