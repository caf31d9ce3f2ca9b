using System.Globalization;
using System.Numerics;
using MedVigil.Standards.Versions;

namespace MedVigil.Application.Advisories;

/// <summary>
/// Orders CSAF <c>tracking/version</c> values (§3.1.11.5): integer versioning compares as integers, semantic
/// versioning by SemVer 2.0.0 precedence. A document may not mix them (mandatory test 6.1.30), but two revisions
/// of one advisory can; then the integer <c>n</c> is treated as <c>n.0.0</c>.
/// </summary>
internal static class CsafVersions
{
    public static int Compare(string left, string right)
    {
        var (a, b) = (AsInteger(left), AsInteger(right));
        if (a is { } x && b is { } y)
        {
            return x.CompareTo(y);
        }

        var (l, r) = (a is { } ai ? ai.ToString(CultureInfo.InvariantCulture) + ".0.0" : left,
            b is { } bi ? bi.ToString(CultureInfo.InvariantCulture) + ".0.0" : right);
        // The schema allows nothing else; should a stored value be neither, fall back to ordinal order.
        return VersionSchemes.Semver.TryParse(l, out var lv) && VersionSchemes.Semver.TryParse(r, out var rv)
            ? lv.CompareTo(rv)
            : string.CompareOrdinal(l, r);
    }

    private static BigInteger? AsInteger(string text) =>
        text.Length is > 0 and <= 100 && text.All(char.IsAsciiDigit)
            ? BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
}
