namespace MedVigil.Standards.Cpe;

/// <summary>
/// Matches a source pattern (<c>*</c> or a run of <c>?</c> at either end of a value) against a target value, both in
/// WFN form, without allocating. As in NIST's reference matcher, a run of n <c>?</c> matches up to n characters, and
/// a quoted character (<c>\.</c>) counts as one character.
/// </summary>
internal static class WildcardMatch
{
    public static bool Matches(in CpeValue pattern, string target)
    {
        var quoted = pattern.Quoted!;
        var leading = pattern.LeadingWildcard;
        var trailing = pattern.TrailingWildcard;
        var body = quoted.AsSpan(WildcardLength(leading), quoted.Length - WildcardLength(leading) - WildcardLength(trailing));
        var targetLength = LogicalLength(target);
        var bodyLength = LogicalLength(body);

        // Walk the target one logical character at a time, so a match never starts inside a quoted pair.
        var characterIndex = 0;
        for (var i = 0; i + body.Length <= target.Length; i += target[i] == '\\' ? 2 : 1, characterIndex++)
        {
            if (!Allows(leading, characterIndex))
            {
                return false; // later positions only have more characters before them
            }

            if (target.AsSpan(i, body.Length).Equals(body, StringComparison.OrdinalIgnoreCase)
                && Allows(trailing, targetLength - characterIndex - bodyLength))
            {
                return true;
            }
        }

        return false;
    }

    private static int WildcardLength(int wildcard) => wildcard == CpeValue.AsteriskWildcard ? 1 : wildcard;

    /// <summary>Whether a wildcard (none, <c>*</c>, or n <c>?</c>) can stand for <paramref name="characters"/> characters.</summary>
    private static bool Allows(int wildcard, int characters) =>
        wildcard == CpeValue.AsteriskWildcard || characters <= wildcard;

    /// <summary>Characters, counting a quoted pair (<c>\.</c>) as one.</summary>
    private static int LogicalLength(ReadOnlySpan<char> quoted)
    {
        var length = 0;
        for (var i = 0; i < quoted.Length; i += quoted[i] == '\\' ? 2 : 1)
        {
            length++;
        }

        return length;
    }
}
