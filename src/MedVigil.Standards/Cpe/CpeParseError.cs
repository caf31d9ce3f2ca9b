namespace MedVigil.Standards.Cpe;

/// <summary>Why a CPE name or attribute value was rejected, and where.</summary>
/// <param name="Position">The 0-based character position in the input where the problem is.</param>
/// <param name="Text">The offending text (a character, a component or the whole input when it is too long).</param>
/// <param name="Reason">What is wrong, in words.</param>
public sealed record CpeParseError(int Position, string Text, string Reason)
{
    /// <summary>One line for people: reason, position and offending text.</summary>
    public string Message => $"{Reason} (position {Position}: '{Text}')";

    public override string ToString() => Message;
}
