namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Debian package versions, <c>[epoch:]upstream[-revision]</c>, ordered exactly as dpkg's <c>verrevcmp</c> does:
/// the epoch numerically first (so <c>2:9.0.0 &gt; 8.3.2</c>), then upstream and revision compared as alternating
/// non-digit and digit runs, where <c>~</c> sorts before everything, even the end of the string
/// (<c>1.0~rc1 &lt; 1.0</c>), letters sort before other symbols, and digit runs compare by value.
/// </summary>
internal sealed class DebianScheme() : VersionScheme("deb")
{
    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var colon = text.IndexOf(':');
        var epoch = NumberSpan.Zero;
        if (colon >= 0)
        {
            if (colon == 0 || !Digits.All(text.AsSpan(0, colon)))
            {
                return failure.At(0, "the epoch before ':' must be a number");
            }

            epoch = NumberSpan.Read(text, 0, colon);
            if (epoch.IsBig || epoch.Value > int.MaxValue)
            {
                return failure.At(0, "the epoch is too big");
            }
        }

        var upstreamStart = colon + 1;
        var hyphen = text.LastIndexOf('-');
        var upstreamEnd = hyphen >= upstreamStart ? hyphen : text.Length;
        if (hyphen >= upstreamStart && hyphen == text.Length - 1)
        {
            return failure.At(hyphen, "the revision after the last '-' is empty");
        }

        if (upstreamEnd == upstreamStart)
        {
            return failure.At(upstreamStart, "the upstream version is empty");
        }

        for (var i = upstreamStart; i < upstreamEnd; i++)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) && text[i] is not ('.' or '-' or '+' or '~' or ':'))
            {
                return failure.At(i, $"'{text[i]}' is not allowed in an upstream version");
            }
        }

        for (var i = upstreamEnd + 1; i < text.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) && text[i] is not ('.' or '+' or '~'))
            {
                return failure.At(i, $"'{text[i]}' is not allowed in a revision");
            }
        }

        var revisionStart = Math.Min(upstreamEnd + 1, text.Length);
        return new DebianVersion(this, text, epoch, upstreamStart, upstreamEnd - upstreamStart, revisionStart, text.Length - revisionStart);
    }
}

/// <summary>A Debian package version: epoch, upstream version and Debian revision.</summary>
public sealed class DebianVersion : SchemeVersion
{
    private readonly NumberSpan _epoch;
    private readonly int _upstreamStart;
    private readonly int _upstreamLength;
    private readonly int _revisionStart;
    private readonly int _revisionLength;

    internal DebianVersion(VersionScheme scheme, string text, NumberSpan epoch, int upstreamStart, int upstreamLength, int revisionStart, int revisionLength)
        : base(scheme, text)
    {
        _epoch = epoch;
        (_upstreamStart, _upstreamLength) = (upstreamStart, upstreamLength);
        (_revisionStart, _revisionLength) = (revisionStart, revisionLength);
    }

    /// <summary>The epoch; 0 when the version has none.</summary>
    public long Epoch => _epoch.Value;

    public string Upstream => Text.Substring(_upstreamStart, _upstreamLength);

    /// <summary>The Debian revision, or empty for a native package.</summary>
    public string Revision => Text.Substring(_revisionStart, _revisionLength);

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (DebianVersion)other;
        var result = _epoch.Value.CompareTo(right._epoch.Value);
        if (result != 0)
        {
            return result;
        }

        result = VerRevCompare(Text.AsSpan(_upstreamStart, _upstreamLength), right.Text.AsSpan(right._upstreamStart, right._upstreamLength));
        return result != 0
            ? result
            : VerRevCompare(Text.AsSpan(_revisionStart, _revisionLength), right.Text.AsSpan(right._revisionStart, right._revisionLength));
    }

    private protected override int EquivalenceHash()
    {
        // Equal versions have equal non-digit runs and equal digit values (a run of zeros equals no digits at all).
        var hash = new HashCode();
        hash.Add(_epoch.Value);
        AddNormalised(ref hash, Text.AsSpan(_upstreamStart, _upstreamLength));
        hash.Add('-');
        AddNormalised(ref hash, Text.AsSpan(_revisionStart, _revisionLength));
        return hash.ToHashCode();
    }

    /// <summary>dpkg's <c>verrevcmp</c>: alternate non-digit runs (by <see cref="Order"/>) and digit runs (by value).</summary>
    internal static int VerRevCompare(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            while ((i < a.Length && !char.IsAsciiDigit(a[i])) || (j < b.Length && !char.IsAsciiDigit(b[j])))
            {
                var left = Order(i < a.Length ? a[i] : '\0');
                var right = Order(j < b.Length ? b[j] : '\0');
                if (left != right)
                {
                    return left < right ? -1 : 1;
                }

                i++;
                j++;
            }

            var leftDigits = Digits.RunLength(a, i);
            var rightDigits = Digits.RunLength(b, j);
            var result = Digits.Compare(a.Slice(i, leftDigits), b.Slice(j, rightDigits));
            if (result != 0)
            {
                return result;
            }

            i += leftDigits;
            j += rightDigits;
        }

        return 0;
    }

    /// <summary>dpkg's character order: '~' first, then end of string and digits, then letters, then everything else.</summary>
    private static int Order(char c) => c switch
    {
        '~' => -1,
        '\0' => 0,
        _ when char.IsAsciiDigit(c) => 0,
        _ when char.IsAsciiLetter(c) => c,
        _ => c + 256,
    };

    private static void AddNormalised(ref HashCode hash, ReadOnlySpan<char> part)
    {
        var i = 0;
        while (i < part.Length)
        {
            var digits = Digits.RunLength(part, i);
            if (digits > 0)
            {
                foreach (var c in part.Slice(i, digits).TrimStart('0'))
                {
                    hash.Add(c);
                }

                i += digits;
            }
            else
            {
                hash.Add(part[i]);
                i++;
            }
        }
    }
}
