using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Cpe;

/// <summary>
/// Unbinds a formatted string, <c>cpe:2.3:</c> and eleven <c>:</c>-separated components (NISTIR 7695 §6.2.3), strictly
/// by the CPE 2.3 dictionary schema's grammar: only letters, digits, <c>-</c>, <c>.</c> and <c>_</c> stand unquoted;
/// every other character is quoted with <c>\</c>, and quoting a character that needs none is an error.
/// </summary>
internal static class FormattedStringParser
{
    public const string Prefix = "cpe:2.3:";

    public static bool TryParse(string text, Span<char> buffer, out CpeName name, [NotNullWhen(false)] out CpeParseError? error)
    {
        name = default;
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            error = new CpeParseError(0, text[..Math.Min(text.Length, Prefix.Length)], "a formatted string starts with 'cpe:2.3:'");
            return false;
        }

        var values = new CpeValue[CpeAttributes.Count];
        var start = Prefix.Length;
        for (var attribute = 0; attribute < CpeAttributes.Count; attribute++)
        {
            var end = ComponentEnd(text, start);
            if (end == text.Length && attribute < CpeAttributes.Count - 1)
            {
                error = new CpeParseError(text.Length, text[start..], $"the name ends after {attribute + 1} of the 11 components");
                return false;
            }

            if (end < text.Length && attribute == CpeAttributes.Count - 1)
            {
                error = new CpeParseError(end, ":", "more than 11 components (quote a ':' inside a value as '\\:')");
                return false;
            }

            if (!TryParseComponent(text, start, end, (CpeAttribute)attribute, buffer, out values[attribute], out error))
            {
                return false;
            }

            start = end + 1;
        }

        name = new CpeName(values);
        error = null;
        return true;
    }

    /// <summary>The index of the next unquoted <c>:</c>, or the end of the text.</summary>
    private static int ComponentEnd(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == ':')
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool TryParseComponent(
        string text, int start, int end, CpeAttribute attribute, Span<char> buffer, out CpeValue value, [NotNullWhen(false)] out CpeParseError? error)
    {
        var component = text.AsSpan(start, end - start);
        value = default;
        error = null;
        switch (component)
        {
            case "":
                error = new CpeParseError(start, "", $"the {CpeAttributes.Name(attribute)} is empty (ANY is '*', NA is '-')");
                return false;
            case "*":
                return true;
            case "-":
                value = CpeValue.NotApplicable;
                return true;
        }

        if (attribute == CpeAttribute.Part)
        {
            return component is "a" or "o" or "h"
                ? Accept(CpeName.PartValue(component[0]), out value)
                : Fail(start, component.ToString(), "the part must be 'a', 'o', 'h', '*' or '-'", out error);
        }

        if (attribute == CpeAttribute.Language && !LanguageTag.IsValid(component))
        {
            return Fail(start, component.ToString(), "the language must be a tag such as 'en' or 'en-us', '*' or '-'", out error);
        }

        var builder = new CpeValueBuilder(buffer);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var ok = c switch
            {
                '*' => builder.AddAsterisk(i),
                '?' => builder.AddQuestionMark(i),
                '\\' when i + 1 < end && SpecialCharacters.IsQuotable(text[i + 1]) => builder.AddLiteral(text[++i], i - 1),
                '\\' => builder.Reject(i, "'\\' may quote only punctuation other than '-', '.' and '_'"),
                '-' or '.' => builder.AddLiteral(c, i),
                _ when CpeValueBuilder.IsWordCharacter(c) || !SpecialCharacters.IsPrintableAscii(c) => builder.AddLiteral(c, i),
                _ => builder.Reject(i, $"'{c}' must be quoted as '\\{c}' in a formatted string"),
            };
            if (!ok)
            {
                var at = builder.ErrorPosition;
                return Fail(at, text.Substring(at, Math.Min(text[at] == '\\' ? 2 : 1, text.Length - at)), builder.ErrorReason!, out error);
            }
        }

        return builder.Finish(start, out value) || Fail(start, component.ToString(), builder.ErrorReason!, out error);
    }

    private static bool Accept(CpeValue accepted, out CpeValue value)
    {
        value = accepted;
        return true;
    }

    private static bool Fail(int position, string text, string reason, out CpeParseError error)
    {
        error = new CpeParseError(position, text, reason);
        return false;
    }
}
