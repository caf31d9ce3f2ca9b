namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Arch Linux (pacman/libalpm) versions, <c>[epoch:]version[-pkgrel]</c>, ordered as <c>alpm_pkg_vercmp</c>:
/// epoch, then version, then pkgrel only when both sides have one. That last rule is pacman's, and it makes the
/// order non-transitive (<c>1.5 = 1.5-1</c> and <c>1.5 = 1.5-2</c>, yet <c>1.5-1 &lt; 1.5-2</c>).
/// Segments compare as in rpm, except that a longer separator run wins and a trailing letter segment loses
/// (<c>1.0a &lt; 1.0</c>).
/// </summary>
internal sealed class AlpmScheme() : VersionScheme("alpm")
{
    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        // parseEVR: an epoch is the leading digits when a ':' follows them; the release follows the last '-'.
        var digits = Digits.RunLength(text, 0);
        var versionStart = digits < text.Length && text[digits] == ':' ? digits + 1 : 0;
        var hyphen = text.LastIndexOf('-');
        var versionEnd = hyphen >= versionStart ? hyphen : text.Length;
        return new AlpmVersion(this, text, versionStart == 0 ? 0 : digits, versionStart, versionEnd, hyphen >= versionStart ? hyphen + 1 : -1);
    }
}

/// <summary>An Arch Linux package version.</summary>
public sealed class AlpmVersion : SchemeVersion
{
    private readonly int _epochLength;
    private readonly int _versionStart;
    private readonly int _versionEnd;
    private readonly int _releaseStart;

    internal AlpmVersion(VersionScheme scheme, string text, int epochLength, int versionStart, int versionEnd, int releaseStart)
        : base(scheme, text) =>
        (_epochLength, _versionStart, _versionEnd, _releaseStart) = (epochLength, versionStart, versionEnd, releaseStart);

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (AlpmVersion)other;
        if (Text == right.Text)
        {
            return 0;
        }

        var result = VerCmp(Epoch, right.Epoch);
        if (result == 0)
        {
            result = VerCmp(Text.AsSpan(_versionStart, _versionEnd - _versionStart), right.Text.AsSpan(right._versionStart, right._versionEnd - right._versionStart));
        }

        if (result == 0 && _releaseStart >= 0 && right._releaseStart >= 0)
        {
            result = VerCmp(Text.AsSpan(_releaseStart), right.Text.AsSpan(right._releaseStart));
        }

        return result;
    }

    private ReadOnlySpan<char> Epoch => _epochLength == 0 ? "0" : Text.AsSpan(0, _epochLength);

    /// <summary>pacman's <c>rpmvercmp</c> (lib/libalpm/version.c).</summary>
    private static int VerCmp(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return 0;
        }

        int one = 0, two = 0, ptr1 = 0, ptr2 = 0;
        while (one < a.Length && two < b.Length)
        {
            while (one < a.Length && !char.IsAsciiLetterOrDigit(a[one]))
            {
                one++;
            }

            while (two < b.Length && !char.IsAsciiLetterOrDigit(b[two]))
            {
                two++;
            }

            if (one >= a.Length || two >= b.Length)
            {
                break;
            }

            if (one - ptr1 != two - ptr2)
            {
                return one - ptr1 < two - ptr2 ? -1 : 1;
            }

            var numeric = char.IsAsciiDigit(a[one]);
            var lengthA = numeric ? Digits.RunLength(a, one) : Digits.LetterRunLength(a, one);
            var lengthB = numeric ? Digits.RunLength(b, two) : Digits.LetterRunLength(b, two);
            if (lengthB == 0)
            {
                return numeric ? 1 : -1;
            }

            var result = numeric
                ? Digits.Compare(a.Slice(one, lengthA), b.Slice(two, lengthB))
                : Digits.Sign(a.Slice(one, lengthA).SequenceCompareTo(b.Slice(two, lengthB)));
            if (result != 0)
            {
                return result;
            }

            one += lengthA;
            two += lengthB;
            ptr1 = one;
            ptr2 = two;
        }

        if (one >= a.Length && two >= b.Length)
        {
            return 0;
        }

        // A remaining letter segment never beats an empty string; anything else remaining wins.
        var oneEnded = one >= a.Length;
        var twoIsAlpha = two < b.Length && char.IsAsciiLetter(b[two]);
        var oneIsAlpha = one < a.Length && char.IsAsciiLetter(a[one]);
        return (oneEnded && !twoIsAlpha) || oneIsAlpha ? -1 : 1;
    }
}
