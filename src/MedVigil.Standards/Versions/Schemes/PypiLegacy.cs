namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// The sort key of <c>packaging</c>'s <c>LegacyVersion</c> (setuptools' historical rules) for versions outside PEP 440:
/// lower-cased, split into numbers (zero-padded to 8), words and separators; <c>pre</c>, <c>preview</c>, <c>rc</c>
/// read as <c>c</c>, <c>dev</c> as <c>@</c>, '-' as <c>final-</c>; trailing zero numbers dropped before each word.
/// </summary>
internal static class PypiLegacy
{
    private const string Final = "*final";

    public static string[] Key(string version)
    {
        var parts = new List<string>();
        foreach (var raw in Split(version.ToLowerInvariant()))
        {
            var part = raw switch { "pre" or "preview" or "rc" => "c", "-" => "final-", "dev" => "@", _ => raw };
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            part = char.IsAsciiDigit(part[0]) ? part.PadLeft(8, '0') : "*" + part;
            if (part[0] == '*')
            {
                if (string.CompareOrdinal(part, Final) < 0)
                {
                    while (parts.Count > 0 && parts[^1] == "*final-")
                    {
                        parts.RemoveAt(parts.Count - 1);
                    }
                }

                while (parts.Count > 0 && parts[^1] == "00000000")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }

            parts.Add(part);
        }

        while (parts.Count > 0 && parts[^1] == "00000000")
        {
            parts.RemoveAt(parts.Count - 1);
        }

        parts.Add(Final);
        return [.. parts];
    }

    public static int Compare(string[] left, string[] right)
    {
        var count = Math.Min(left.Length, right.Length);
        for (var i = 0; i < count; i++)
        {
            var result = string.CompareOrdinal(left[i], right[i]);
            if (result != 0)
            {
                return Digits.Sign(result);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    /// <summary><c>re.split(r"(\d+|[a-z]+|\.|-)", version)</c>: the matches and the text between them.</summary>
    private static IEnumerable<string> Split(string version)
    {
        var other = 0;
        var i = 0;
        while (i < version.Length)
        {
            var length = char.IsAsciiDigit(version[i]) ? Digits.RunLength(version, i)
                : char.IsAsciiLetterLower(version[i]) ? Digits.LetterRunLength(version, i)
                : version[i] is '.' or '-' ? 1 : 0;
            if (length == 0)
            {
                i++;
                continue;
            }

            yield return version[other..i];
            yield return version.Substring(i, length);
            i += length;
            other = i;
        }

        yield return version[other..];
    }
}
