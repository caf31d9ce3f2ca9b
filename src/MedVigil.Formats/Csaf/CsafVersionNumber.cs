using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// A CSAF version (§3.1.11): integer versioning (<c>0</c>, <c>1</c>, <c>2</c>…) or semantic versioning
/// (<c>1.2.3-rc.1+build</c>). Ordered by semantic-versioning precedence; build metadata is ignored.
/// </summary>
internal sealed partial record CsafVersionNumber(bool IsInteger, BigInteger Major, BigInteger Minor, BigInteger Patch, string? PreRelease, string? Build)
    : IComparable<CsafVersionNumber>
{
    [GeneratedRegex(@"^(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemanticPattern();

    /// <summary>Whether this is version 0 or 0.y.z: a version before the first release.</summary>
    public bool IsZero => Major.IsZero;

    public bool HasPreRelease => PreRelease is not null;

    /// <summary>The version, or null when it is neither scheme (or longer than any real version, to keep the regex cheap).</summary>
    public static CsafVersionNumber? Parse(string? text)
    {
        if (text is null || text.Length > 1024)
        {
            return null;
        }

        if (IntegerPattern().IsMatch(text))
        {
            return new CsafVersionNumber(true, BigInteger.Parse(text, CultureInfo.InvariantCulture), 0, 0, null, null);
        }

        var match = SemanticPattern().Match(text);
        return match.Success
            ? new CsafVersionNumber(
                false,
                BigInteger.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                BigInteger.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
                BigInteger.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture),
                match.Groups[4].Success ? match.Groups[4].Value : null,
                match.Groups[5].Success ? match.Groups[5].Value : null)
            : null;
    }

    /// <summary>The version without build metadata and, when asked, without its pre-release part.</summary>
    public CsafVersionNumber Core(bool dropPreRelease) => this with { Build = null, PreRelease = dropPreRelease ? null : PreRelease };

    public int CompareTo(CsafVersionNumber? other)
    {
        if (other is null)
        {
            return 1;
        }

        var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        return core != 0 ? core : ComparePreRelease(PreRelease, other.PreRelease);
    }

    private static int ComparePreRelease(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : 1) : -1;
        }

        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var numeric = (BigInteger.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var x), BigInteger.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y));
            var order = numeric switch
            {
                (true, true) => x.CompareTo(y),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
