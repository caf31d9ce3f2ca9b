using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Versions;

/// <summary>
/// The rules of one versioning scheme (Debian, PEP 440, Maven…): how its versions are spelled and how they order.
/// Instances are singletons in <see cref="VersionSchemes"/>.
/// </summary>
public abstract class VersionScheme
{
    /// <summary>Longest version text accepted, so hostile input cannot make parsing or comparison expensive.</summary>
    public const int MaxVersionLength = 256;

    private protected VersionScheme(string name) => Name = name;

    /// <summary>The <c>vers</c> type name of this scheme, e.g. <c>deb</c>, <c>pypi</c>.</summary>
    public string Name { get; }

    public SchemeVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new FormatException(error.Message);

    public bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SchemeVersion? version) =>
        TryParse(text, out version, out _);

    public bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out SchemeVersion? version,
        [NotNullWhen(false)] out VersionParseError? error)
    {
        version = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            error = new VersionParseError(Name, text ?? "", 0, "it is empty");
            return false;
        }

        if (text.Length > MaxVersionLength)
        {
            error = new VersionParseError(Name, text, MaxVersionLength, $"it is longer than {MaxVersionLength} characters");
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) || (text[i] == ' ' && !AllowsSpaces))
            {
                error = new VersionParseError(Name, text, i, text[i] == ' ' ? "spaces are not allowed" : "it contains a control character");
                return false;
            }
        }

        var failure = default(ParseFailure);
        version = ParseCore(text, ref failure);
        if (version is null)
        {
            error = new VersionParseError(Name, text, failure.Position, failure.Reason ?? "it is not well formed");
            return false;
        }

        return true;
    }

    /// <summary>Compares two version strings under this scheme; throws <see cref="FormatException"/> if either is invalid.</summary>
    public int Compare(string left, string right) => Parse(left).CompareTo(Parse(right));

    public override string ToString() => Name;

    /// <summary>True for schemes whose versions may contain (or be surrounded by) spaces; the others reject any space.</summary>
    private protected virtual bool AllowsSpaces => false;

    /// <summary>Parses text already checked for null, length, control characters and spaces; on failure fills <paramref name="failure"/>.</summary>
    private protected abstract SchemeVersion? ParseCore(string text, ref ParseFailure failure);
}

/// <summary>Where and why a scheme parser gave up; a struct so successful parses allocate no error.</summary>
internal struct ParseFailure
{
    public int Position;
    public string? Reason;

    /// <summary>Records the failure and returns null so parsers can write <c>return failure.At(i, "…")</c>.</summary>
    public SchemeVersion? At(int position, string reason)
    {
        Position = position;
        Reason = reason;
        return null;
    }
}
