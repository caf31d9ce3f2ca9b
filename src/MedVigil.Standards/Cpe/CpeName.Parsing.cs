using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Cpe;

public readonly partial struct CpeName
{
    /// <summary>Parses either binding: a formatted string (<c>cpe:2.3:…</c>) or a URI (<c>cpe:/…</c>).</summary>
    /// <exception cref="FormatException">Not a valid CPE name; the message says what and where.</exception>
    public static CpeName Parse(string text) =>
        TryParse(text, out var name, out var error) ? name : throw new FormatException(error.Message);

    /// <inheritdoc cref="Parse"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out CpeName name) => TryParse(text, out name, out _);

    /// <summary>Parses either binding, chosen by the prefix (<c>cpe:2.3:</c> or <c>cpe:/</c>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CpeName name, [NotNullWhen(false)] out CpeParseError? error)
    {
        if (!CheckInput(text, out name, out error))
        {
            return false;
        }

        if (text.StartsWith(CpeUriParser.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return CpeUriParser.TryParse(text, out name, out error);
        }

        if (text.StartsWith(FormattedStringParser.Prefix, StringComparison.Ordinal))
        {
            return FormattedStringParser.TryParse(text, out name, out error);
        }

        error = new CpeParseError(0, text[..Math.Min(text.Length, 8)], "a CPE name starts with 'cpe:2.3:' (formatted string) or 'cpe:/' (URI)");
        return false;
    }

    /// <summary>Parses only the formatted-string binding, <c>cpe:2.3:…</c>.</summary>
    public static bool TryParseFormattedString([NotNullWhen(true)] string? text, out CpeName name, [NotNullWhen(false)] out CpeParseError? error) =>
        CheckInput(text, out name, out error) && FormattedStringParser.TryParse(text, out name, out error);

    /// <summary>Parses only the URI binding, <c>cpe:/…</c>.</summary>
    public static bool TryParseUri([NotNullWhen(true)] string? text, out CpeName name, [NotNullWhen(false)] out CpeParseError? error) =>
        CheckInput(text, out name, out error) && CpeUriParser.TryParse(text, out name, out error);

    private static bool CheckInput([NotNullWhen(true)] string? text, out CpeName name, [NotNullWhen(false)] out CpeParseError? error)
    {
        name = default;
        error = text switch
        {
            null or "" => new CpeParseError(0, "", "a CPE name is required"),
            { Length: > MaxLength } => new CpeParseError(MaxLength, text[..32] + "…", $"a CPE name may be at most {MaxLength} characters"),
            _ => null,
        };
        return error is null;
    }
}
