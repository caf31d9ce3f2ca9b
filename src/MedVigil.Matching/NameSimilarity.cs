namespace MedVigil.Matching;

/// <summary>
/// The near-miss guard for product names: two normalised names that are not equal but close (a small edit distance,
/// or one's words a proper subset of the other's) may name the same product, or may not (<c>Alaris PC</c> and
/// <c>Alaris Pump Module</c> share a word but are different products, and are not near).
/// </summary>
internal static class NameSimilarity
{
    /// <summary>Why the names are near, or null when they are not.</summary>
    public static string? Near(string statementName, string deviceName)
    {
        if (string.Equals(statementName, deviceName, StringComparison.Ordinal))
        {
            return null;
        }

        var shorter = Math.Min(statementName.Length, deviceName.Length);
        var distance = Distance(statementName, deviceName, 3);
        if (shorter >= 5 && distance <= (shorter >= 10 ? 2 : 1))
        {
            return $"'{deviceName}' differs from '{statementName}' by {distance} character(s)";
        }

        var a = statementName.Split(' ');
        var b = deviceName.Split(' ');
        var (small, large) = a.Length < b.Length ? (a, b) : (b, a);
        if (small.Length >= 2 && small.All(w => large.Contains(w, StringComparer.Ordinal)))
        {
            return $"'{deviceName}' and '{statementName}' differ only by the word(s) {string.Join(", ", large.Except(small, StringComparer.Ordinal).Select(w => "'" + w + "'"))}";
        }

        return null;
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
