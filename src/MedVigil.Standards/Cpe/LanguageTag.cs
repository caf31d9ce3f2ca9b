namespace MedVigil.Standards.Cpe;

/// <summary>
/// The language attribute's syntax in both bindings: 2–3 letters, optionally <c>-</c> and a 2-letter or 3-digit
/// region (the CPE 2.3 dictionary schema's subset of RFC 5646). Wildcards are not allowed here.
/// </summary>
internal static class LanguageTag
{
    public static bool IsValid(ReadOnlySpan<char> tag)
    {
        var hyphen = tag.IndexOf('-');
        var language = hyphen < 0 ? tag : tag[..hyphen];
        if (language.Length is < 2 or > 3 || !AllLetters(language))
        {
            return false;
        }

        if (hyphen < 0)
        {
            return true;
        }

        var region = tag[(hyphen + 1)..];
        return region.Length == 2 ? AllLetters(region) : region.Length == 3 && !region.ContainsAnyExceptInRange('0', '9');
    }

    private static bool AllLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
