namespace MedVigil.Domain.Matching;

/// <summary>
/// A CSAF model or serial number (§3.1.3.3.4): matched from the first character, <c>?</c> stands for one character
/// and <c>*</c> for zero or more; without wildcards the whole number must be equal. Case is ignored.
/// </summary>
public sealed record ModelNumberPattern(string Pattern)
{
    public bool HasWildcards => Pattern.AsSpan().IndexOfAny('?', '*') >= 0;

    public bool Matches(string modelNumber)
    {
        ArgumentNullException.ThrowIfNull(modelNumber);
        return Match(Pattern.AsSpan().Trim(), modelNumber.AsSpan().Trim());
    }

    public override string ToString() => Pattern;

    private static bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        // Iterative wildcard match with one backtrack point for the last '*' (linear in practice, no recursion).
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
