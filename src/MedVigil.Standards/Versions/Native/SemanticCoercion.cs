using System.Text;

namespace MedVigil.Standards.Versions.Native;

/// <summary>
/// A partial or sloppy semantic version completed to <c>MAJOR.MINOR.PATCH[-PRE][+BUILD]</c> the way python
/// semantic_version's <c>Version.coerce</c> does it (univers uses it for npm, Go and nginx): missing numbers become 0,
/// leading zeros go, and odd characters in the rest become '-'. Returns null when the text does not start with a number.
/// </summary>
internal static class SemanticCoercion
{
    public static string? Coerce(string text)
    {
        var numbers = new List<string>();
        var i = 0;
        while (numbers.Count < 3)
        {
            var digits = Digits.RunLength(text, i);
            if (digits == 0)
            {
                break;
            }

            var number = text.Substring(i, digits).TrimStart('0');
            numbers.Add(number.Length == 0 ? "0" : number);
            i += digits;
            if (numbers.Count < 3 && i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (numbers.Count == 0)
        {
            return null;
        }

        while (numbers.Count < 3)
        {
            numbers.Add("0");
        }

        var version = new StringBuilder(string.Join('.', numbers));
        if (i == text.Length)
        {
            return version.ToString();
        }

        var rest = string.Concat(text[i..].Select(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-' ? c : '-'));
        string prerelease, build;
        if (rest[0] is '+' or '.')
        {
            (prerelease, build) = ("", rest[1..]);
        }
        else
        {
            if (rest[0] == '-')
            {
                rest = rest[1..];
            }

            var plus = rest.IndexOf('+');
            (prerelease, build) = plus < 0 ? (rest, "") : (rest[..plus], rest[(plus + 1)..]);
        }

        build = build.Replace('+', '.');
        if (prerelease.Length > 0)
        {
            version.Append('-').Append(prerelease);
        }

        if (build.Length > 0)
        {
            version.Append('+').Append(build);
        }

        return version.ToString();
    }
}
