using System.Buffers;
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
            return Unbind(text, Binding.Uri, out name, out error);
        }

        if (text.StartsWith(FormattedStringParser.Prefix, StringComparison.Ordinal))
        {
            return Unbind(text, Binding.FormattedString, out name, out error);
        }

        error = new CpeParseError(0, text[..Math.Min(text.Length, 8)], "a CPE name starts with 'cpe:2.3:' (formatted string) or 'cpe:/' (URI)");
        return false;
    }

    /// <summary>Parses only the formatted-string binding, <c>cpe:2.3:…</c>.</summary>
    public static bool TryParseFormattedString([NotNullWhen(true)] string? text, out CpeName name, [NotNullWhen(false)] out CpeParseError? error) =>
        CheckInput(text, out name, out error) && Unbind(text, Binding.FormattedString, out name, out error);

    /// <summary>Parses only the URI binding, <c>cpe:/…</c>.</summary>
    public static bool TryParseUri([NotNullWhen(true)] string? text, out CpeName name, [NotNullWhen(false)] out CpeParseError? error) =>
        CheckInput(text, out name, out error) && Unbind(text, Binding.Uri, out name, out error);

    private enum Binding
    {
        FormattedString,
        Uri,
    }

    /// <summary>Runs a parser with scratch room for building values: on the stack for usual names, rented for long ones.</summary>
    private static bool Unbind(string text, Binding binding, out CpeName name, [NotNullWhen(false)] out CpeParseError? error)
    {
        // A value in WFN form takes at most two characters per input character.
        var rented = text.Length <= 256 ? null : ArrayPool<char>.Shared.Rent(2 * text.Length);
        Span<char> buffer = rented is null ? stackalloc char[512] : rented;
        try
        {
            return binding == Binding.Uri
                ? CpeUriParser.TryParse(text, buffer, out name, out error)
                : FormattedStringParser.TryParse(text, buffer, out name, out error);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

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
