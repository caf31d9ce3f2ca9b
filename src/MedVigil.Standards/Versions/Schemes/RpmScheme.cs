namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// RPM versions, <c>[epoch:]version[-release]</c>, ordered by the epoch and then <c>rpmvercmp</c> (rpm 4.15+):
/// alphabetic and numeric segments compared in turn (numbers by value and newer than letters), separators ignored,
/// <c>~</c> sorting before everything (<c>1.0~rc1 &lt; 1.0</c>) and <c>^</c> after the base version but before
/// any further segment (<c>1.0 &lt; 1.0^git1 &lt; 1.0.1</c>).
/// Versions split as rpm's <c>parseEVR</c> does (text before ':' is an epoch only when it is all digits). A missing
/// release sorts before any release, even an empty one, which keeps the order total; rpm's dependency matcher instead
/// lets a missing release match any release.
/// </summary>
internal sealed class RpmScheme() : VersionScheme("rpm")
{
    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        // rpm's parseEVR: leading digits followed by ':' are the epoch; the release follows the last '-' after them.
        var digits = Digits.RunLength(text, 0);
        var hasEpoch = digits < text.Length && text[digits] == ':';
        var epoch = hasEpoch && digits > 0 ? NumberSpan.Read(text, 0, digits) : NumberSpan.Zero;
        var versionStart = hasEpoch ? digits + 1 : 0;
        var hyphen = text.AsSpan(digits).LastIndexOf('-') is var found and >= 0 ? found + digits : -1;
        var versionEnd = hyphen >= versionStart ? hyphen : text.Length;
        if (versionEnd == versionStart && hyphen < 0)
        {
            return failure.At(versionStart, "the version is empty");
        }

        return new RpmVersion(this, text, epoch, versionStart, Math.Max(0, versionEnd - versionStart), hyphen >= 0 ? hyphen + 1 : -1);
    }
}

/// <summary>An RPM version: epoch, version and release.</summary>
public sealed class RpmVersion : SchemeVersion
{
    private readonly NumberSpan _epoch;
    private readonly int _versionStart;
    private readonly int _versionLength;
    private readonly int _releaseStart;

    internal RpmVersion(VersionScheme scheme, string text, NumberSpan epoch, int versionStart, int versionLength, int releaseStart)
        : base(scheme, text)
    {
        _epoch = epoch;
        (_versionStart, _versionLength, _releaseStart) = (versionStart, versionLength, releaseStart);
    }

    public string Epoch => _epoch.Length == 0 ? "0" : Text.Substring(_epoch.Start, _epoch.Length);

    public string Version => Text.Substring(_versionStart, _versionLength);

    /// <summary>The release, or null when the version has none.</summary>
    public string? Release => _releaseStart < 0 ? null : Text[_releaseStart..];

    private ReadOnlySpan<char> ReleaseSpan => _releaseStart < 0 ? [] : Text.AsSpan(_releaseStart);

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (RpmVersion)other;
        var result = NumberSpan.Compare(Text, _epoch, right.Text, right._epoch);
        if (result != 0)
        {
            return result;
        }

        result = RpmVerCmp.Compare(Text.AsSpan(_versionStart, _versionLength), right.Text.AsSpan(right._versionStart, right._versionLength));
        if (result != 0)
        {
            return result;
        }

        if ((_releaseStart < 0) != (right._releaseStart < 0))
        {
            return _releaseStart < 0 ? -1 : 1;
        }

        return RpmVerCmp.Compare(ReleaseSpan, right.ReleaseSpan);
    }

    private protected override int EquivalenceHash() =>
        HashCode.Combine(_epoch.Hash(Text), RpmVerCmp.Hash(Text.AsSpan(_versionStart, _versionLength)), _releaseStart < 0, RpmVerCmp.Hash(ReleaseSpan));
}

/// <summary>rpm's <c>rpmvercmp</c> on spans, with arbitrary-length numbers.</summary>
internal static class RpmVerCmp
{
    public static int Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return 0;
        }

        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            while (i < a.Length && IsSeparator(a[i]))
            {
                i++;
            }

            while (j < b.Length && IsSeparator(b[j]))
            {
                j++;
            }

            var ca = i < a.Length ? a[i] : '\0';
            var cb = j < b.Length ? b[j] : '\0';
            if (ca == '~' || cb == '~')
            {
                if (ca != '~')
                {
                    return 1;
                }

                if (cb != '~')
                {
                    return -1;
                }

                i++;
                j++;
                continue;
            }

            if (ca == '^' || cb == '^')
            {
                if (ca == '\0')
                {
                    return -1;
                }

                if (cb == '\0')
                {
                    return 1;
                }

                if (ca != '^')
                {
                    return 1;
                }

                if (cb != '^')
                {
                    return -1;
                }

                i++;
                j++;
                continue;
            }

            if (ca == '\0' || cb == '\0')
            {
                break;
            }

            var numeric = char.IsAsciiDigit(ca);
            var lengthA = numeric ? Digits.RunLength(a, i) : Digits.LetterRunLength(a, i);
            var lengthB = numeric ? Digits.RunLength(b, j) : Digits.LetterRunLength(b, j);
            if (lengthB == 0)
            {
                // Different segment types: numeric segments are newer than alphabetic ones.
                return numeric ? 1 : -1;
            }

            var result = numeric
                ? Digits.Compare(a.Slice(i, lengthA), b.Slice(j, lengthB))
                : Digits.Sign(a.Slice(i, lengthA).SequenceCompareTo(b.Slice(j, lengthB)));
            if (result != 0)
            {
                return result;
            }

            i += lengthA;
            j += lengthB;
        }

        if (i >= a.Length && j >= b.Length)
        {
            return 0;
        }

        return i >= a.Length ? -1 : 1;
    }

    /// <summary>Equal under <see cref="Compare"/> implies equal segments, markers and digit values.</summary>
    public static int Hash(ReadOnlySpan<char> text)
    {
        var hash = new HashCode();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var length = Digits.RunLength(text, i);
                hash.Add(Digits.Hash(text.Slice(i, length)));
                i += length;
            }
            else
            {
                if (!IsSeparator(c))
                {
                    hash.Add(c);
                }

                i++;
            }
        }

        return hash.ToHashCode();
    }

    private static bool IsSeparator(char c) => !char.IsAsciiLetterOrDigit(c) && c != '~' && c != '^';
}
