namespace MedVigil.Standards.Versions.Vers;

/// <summary>Why a <c>vers</c> string was rejected: the input, the 0-based character position and the reason.</summary>
public sealed record VersParseError(string Input, int Position, string Reason)
{
    public string Message => $"'{Excerpt.Of(Input)}' is not a valid vers: {Reason} (position {Position}).";

    public override string ToString() => Message;
}
