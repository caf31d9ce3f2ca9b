using System.Buffers;
using System.Globalization;

namespace MedVigil.Standards.Purl;

/// <summary>
/// Characters a PURL string may not carry unencoded: control characters always; when strict, anything outside printable
/// ASCII (a PURL "is an ASCII URL string", §5.6); when lenient, unpaired surrogates, which are not text.
/// </summary>
internal static class PurlRawCharacters
{
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(
        string.Concat(Enumerable.Range(0x21, 0x7E - 0x21 + 1).Select(c => (char)c)));

    public static PurlError? Check(string text, PurlParseMode mode)
    {
        var bad = text.AsSpan().IndexOfAnyExcept(PrintableAscii);
        while (bad >= 0)
        {
            var c = text[bad];
            var control = char.IsControl(c);
            var unpaired = IsUnpairedSurrogate(text, bad);
            if (control || unpaired || mode == PurlParseMode.Strict)
            {
                return Error(text, bad, c, unpaired);
            }

            var next = text.AsSpan(bad + 1).IndexOfAnyExcept(PrintableAscii);
            bad = next < 0 ? -1 : bad + 1 + next;
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> holds half of a surrogate pair without the other half.</summary>
    public static bool HasUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < text.Length; i++)
        {
            if (IsUnpairedSurrogate(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnpairedSurrogate(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    private static PurlError Error(string text, int position, char c, bool unpaired)
    {
        var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        var what = unpaired
            ? $"U+{code} is half of a UTF-16 surrogate pair, not text"
            : $"the character U+{code} must be percent-encoded";
        return PurlError.At(PurlErrorKind.Encoding, ComponentAt(text, position), position, c.ToString(), what);
    }

    /// <summary>Which component a position falls in, by the separators before it (for error reports only).</summary>
    private static PurlComponent ComponentAt(string text, int position)
    {
        var before = text.AsSpan(0, position);
        return before.Contains('#') ? PurlComponent.Subpath
            : before.Contains('?') ? PurlComponent.Qualifiers
            : before.Contains('@') ? PurlComponent.Version
            : PurlComponent.Name;
    }
}
