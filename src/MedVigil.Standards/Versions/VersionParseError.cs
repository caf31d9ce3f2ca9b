namespace MedVigil.Standards.Versions;

/// <summary>
/// Why a version string was rejected: the scheme, the offending input, the 0-based character position and the reason.
/// </summary>
public sealed record VersionParseError(string Scheme, string Input, int Position, string Reason)
{
    /// <summary>A sentence naming the input, the scheme, what is wrong and where.</summary>
    public string Message => $"'{Excerpt.Of(Input)}' is not a valid {Scheme} version: {Reason} (position {Position}).";

    public override string ToString() => Message;
}

/// <summary>Shortens hostile or huge inputs before they are echoed in messages.</summary>
internal static class Excerpt
{
    private const int Limit = 80;

    public static string Of(string text) => text.Length <= Limit ? text : string.Concat(text.AsSpan(0, Limit), "…");
}
