using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MedVigil.Standards.Cpe;

/// <summary>
/// Unbinds the URI binding, <c>cpe:/part:vendor:product:version:update:edition:language</c> (NISTIR 7695 §6.1.3):
/// missing or empty components are ANY, <c>-</c> is NA, <c>%01</c>/<c>%02</c> are the <c>?</c>/<c>*</c> wildcards,
/// other punctuation is percent-encoded, and an edition starting with <c>~</c> packs edition, sw_edition,
/// target_sw, target_hw and other. Unlike the specification's decode, letters keep their case (matching ignores case
/// anyway), so a name survives a trip through the URI binding unchanged.
/// </summary>
internal static class CpeUriParser
{
    public const string Prefix = "cpe:/";

    private const int Components = 7;

    /// <summary>The attributes a packed edition holds, in order (the language is not one of them).</summary>
    internal static readonly CpeAttribute[] PackedInEdition =
    [
        CpeAttribute.Edition, CpeAttribute.SoftwareEdition, CpeAttribute.TargetSoftware, CpeAttribute.TargetHardware, CpeAttribute.Other,
    ];

    public static bool TryParse(string text, Span<char> buffer, out CpeName name, [NotNullWhen(false)] out CpeParseError? error)
    {
        name = default;
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            error = new CpeParseError(0, text[..Math.Min(text.Length, Prefix.Length)], "a CPE URI starts with 'cpe:/'");
            return false;
        }

        var values = new CpeValue[CpeAttributes.Count];
        var start = Prefix.Length;
        for (var component = 0; start <= text.Length; component++)
        {
            var colon = text.IndexOf(':', start);
            var end = colon < 0 ? text.Length : colon;
            if (component == Components)
            {
                error = new CpeParseError(start - 1, text[(start - 1)..], "more than 7 components (percent-encode a ':' inside a value as '%3a')");
                return false;
            }

            if (!TryParseComponent(text, start, end, component, values, buffer, out error))
            {
                return false;
            }

            start = end + 1;
        }

        name = new CpeName(values);
        error = null;
        return true;
    }

    private static bool TryParseComponent(
        string text, int start, int end, int component, CpeValue[] values, Span<char> buffer, [NotNullWhen(false)] out CpeParseError? error)
    {
        var span = text.AsSpan(start, end - start);
        error = null;
        switch (component)
        {
            case 0 when span is "" or "-" || (span.Length == 1 && "aohAOH".Contains(span[0], StringComparison.Ordinal)):
                values[0] = span switch { "" => CpeValue.Any, "-" => CpeValue.NotApplicable, _ => CpeName.PartValue(span[0]) };
                return true;
            case 0:
                error = new CpeParseError(start, span.ToString(), "the part must be 'a', 'o', 'h', empty (ANY) or '-'");
                return false;
            case 5 when span.StartsWith('~'):
                return TryUnpackEdition(text, start, end, values, buffer, out error);
            case 6 when span is not ("" or "-") && !LanguageTag.IsValid(span):
                error = new CpeParseError(start, span.ToString(), "the language must be a tag such as 'en' or 'en-us', empty (ANY) or '-'");
                return false;
            default:
                var attribute = component == 6 ? CpeAttribute.Language : (CpeAttribute)component;
                return TryDecode(text, start, end, buffer, out values[(int)attribute], out error);
        }
    }

    /// <summary><c>~edition~sw_edition~target_sw~target_hw~other</c>; as in the reference, <c>other</c> takes any further <c>~</c>.</summary>
    private static bool TryUnpackEdition(string text, int start, int end, CpeValue[] values, Span<char> buffer, [NotNullWhen(false)] out CpeParseError? error)
    {
        var pieceStart = start + 1;
        for (var piece = 0; piece < PackedInEdition.Length; piece++)
        {
            var tilde = piece == PackedInEdition.Length - 1 ? -1 : text.IndexOf('~', pieceStart, end - pieceStart);
            if (tilde < 0 && piece < PackedInEdition.Length - 1)
            {
                error = new CpeParseError(start, text[start..end], "a packed edition needs five '~'-separated parts: ~edition~sw_edition~target_sw~target_hw~other");
                return false;
            }

            var pieceEnd = tilde < 0 ? end : tilde;
            if (!TryDecode(text, pieceStart, pieceEnd, buffer, out values[(int)PackedInEdition[piece]], out error))
            {
                return false;
            }

            pieceStart = pieceEnd + 1;
        }

        error = null;
        return true;
    }

    private static bool TryDecode(string text, int start, int end, Span<char> buffer, out CpeValue value, [NotNullWhen(false)] out CpeParseError? error)
    {
        value = end - start == 1 && text[start] == '-' ? CpeValue.NotApplicable : default;
        error = null;
        if (end == start || value.IsNotApplicable)
        {
            return true;
        }

        var builder = new CpeValueBuilder(buffer);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var ok = c switch
            {
                '%' => TryAddPercentEncoded(text, i, end, ref builder),
                '.' or '-' or '~' => builder.AddLiteral(c, i),
                _ when CpeValueBuilder.IsWordCharacter(c) || !SpecialCharacters.IsPrintableAscii(c) => builder.AddLiteral(c, i),
                _ => builder.Reject(i, $"'{c}' must be percent-encoded in a CPE URI"),
            };
            if (!ok)
            {
                var at = builder.ErrorPosition;
                error = new CpeParseError(at, text.Substring(at, Math.Min(text[at] == '%' ? 3 : 1, end - at)), builder.ErrorReason!);
                return false;
            }

            i += c == '%' ? 2 : 0;
        }

        if (builder.Finish(start, out value))
        {
            return true;
        }

        error = new CpeParseError(start, text[start..end], builder.ErrorReason!);
        return false;
    }

    private static bool TryAddPercentEncoded(string text, int at, int end, ref CpeValueBuilder builder)
    {
        if (at + 2 >= end || !byte.TryParse(text.AsSpan(at + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            return builder.Reject(at, "'%' must start a two-digit percent-encoding");
        }

        var c = (char)code;
        return code switch
        {
            1 => builder.AddQuestionMark(at),
            2 => builder.AddAsterisk(at),
            _ when SpecialCharacters.IsQuotable(c) => builder.AddLiteral(c, at),
            _ => builder.Reject(at, "not one of NISTIR 7695's percent-encodings (%01, %02 and the punctuation it lists)"),
        };
    }
}
