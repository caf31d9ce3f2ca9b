namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Alpine (apk) versions, <c>number{.number}...{letter}{_suffix{number}}...{~hash}{-r#}</c>, ordered as current apk
/// does: numbers by value (after the first, a leading zero makes the comparison textual, as in Gentoo), then the
/// letter (none first), then suffixes <c>alpha &lt; beta &lt; pre &lt; rc &lt; (none) &lt; cvs &lt; svn &lt; git &lt; hg &lt; p</c>,
/// then the <c>-r</c> revision; the commit hash is ignored. Text after the revision makes a version sort just below
/// the same version without it; two versions that leave the grammar before a revision compare as plain text.
/// These are the behaviours of current apk as recorded in osv-scalibr's fixtures.
/// </summary>
internal sealed class AlpineScheme() : VersionScheme("apk")
{
    private static readonly string[] Suffixes = ["alpha", "beta", "pre", "rc", "cvs", "svn", "git", "hg", "p"];

    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var numbers = new List<NumberSpan>();
        var i = 0;
        while (true)
        {
            var digits = Digits.RunLength(text, i);
            if (digits == 0)
            {
                break;
            }

            numbers.Add(NumberSpan.Read(text, i, digits));
            i += digits;
            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var letter = i < text.Length && char.IsAsciiLetterLower(text[i]) ? text[i++] : '\0';
        var suffixes = new List<(int Weight, NumberSpan Number)>();
        while (i < text.Length && text[i] == '_' && ReadSuffix(text, ref i, out var suffix))
        {
            suffixes.Add(suffix);
        }

        if (i + 1 < text.Length && text[i] == '~' && char.IsAsciiHexDigitLower(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiHexDigitLower(text[i]))
            {
                i++;
            }
        }

        var revision = NumberSpan.Zero;
        var wellFormed = i == text.Length;
        if (i + 1 < text.Length && text[i] == '-' && text[i + 1] == 'r')
        {
            var digits = Digits.RunLength(text, i + 2);
            revision = digits == 0 ? NumberSpan.Zero : NumberSpan.Read(text, i + 2, digits);
            i += 2 + digits;
            wellFormed = true;
        }

        return new AlpineVersion(this, text, [.. numbers], letter, [.. suffixes], revision, remainderStart: i, wellFormed);
    }

    private static bool ReadSuffix(string text, ref int i, out (int Weight, NumberSpan Number) suffix)
    {
        suffix = default;
        for (var k = 0; k < Suffixes.Length; k++)
        {
            if (text.AsSpan(i + 1).StartsWith(Suffixes[k], StringComparison.Ordinal))
            {
                var start = i + 1 + Suffixes[k].Length;
                var digits = Digits.RunLength(text, start);
                suffix = (k < 4 ? k : k + 1, digits == 0 ? NumberSpan.Zero : NumberSpan.Read(text, start, digits));
                i = start + digits;
                return true;
            }
        }

        return false;
    }
}

/// <summary>An Alpine Linux package version.</summary>
public sealed class AlpineVersion : SchemeVersion
{
    /// <summary>The weight of "no suffix", between the pre-release and post-release suffixes.</summary>
    private const int NoSuffix = 4;

    private readonly NumberSpan[] _numbers;
    private readonly char _letter;
    private readonly (int Weight, NumberSpan Number)[] _suffixes;
    private readonly NumberSpan _revision;
    private readonly int _remainderStart;

    internal AlpineVersion(
        VersionScheme scheme, string text, NumberSpan[] numbers, char letter, (int, NumberSpan)[] suffixes, NumberSpan revision, int remainderStart, bool wellFormed)
        : base(scheme, text)
    {
        (_numbers, _letter, _suffixes) = (numbers, letter, suffixes);
        (_revision, _remainderStart, IsWellFormed) = (revision, remainderStart, wellFormed);
    }

    /// <summary>
    /// False when the text does not reach a <c>-r</c> revision or its end through apk's grammar; text after a
    /// revision is tolerated (it only makes the version sort lower).
    /// </summary>
    public bool IsWellFormed { get; }

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (AlpineVersion)other;
        if (!IsWellFormed && !right.IsWellFormed)
        {
            return Digits.Sign(string.CompareOrdinal(Text, right.Text));
        }

        var result = CompareNumbers(right);
        if (result != 0)
        {
            return result;
        }

        result = _letter.CompareTo(right._letter);
        if (result != 0)
        {
            return Digits.Sign(result);
        }

        var count = Math.Max(_suffixes.Length, right._suffixes.Length);
        for (var i = 0; i < count; i++)
        {
            var left = i < _suffixes.Length ? _suffixes[i] : (NoSuffix, NumberSpan.Zero);
            var rightSuffix = i < right._suffixes.Length ? right._suffixes[i] : (NoSuffix, NumberSpan.Zero);
            result = left.Item1 != rightSuffix.Item1
                ? left.Item1.CompareTo(rightSuffix.Item1)
                : NumberSpan.Compare(Text, left.Item2, right.Text, rightSuffix.Item2);
            if (result != 0)
            {
                return result;
            }
        }

        result = NumberSpan.Compare(Text, _revision, right.Text, right._revision);
        if (result != 0)
        {
            return result;
        }

        var remainder = _remainderStart < Text.Length;
        var rightRemainder = right._remainderStart < right.Text.Length;
        return rightRemainder.CompareTo(remainder);
    }

    private int CompareNumbers(AlpineVersion right)
    {
        var count = Math.Max(_numbers.Length, right._numbers.Length);
        for (var i = 0; i < count; i++)
        {
            var left = i < _numbers.Length ? _numbers[i] : NumberSpan.Zero;
            var rightNumber = i < right._numbers.Length ? right._numbers[i] : NumberSpan.Zero;
            var leftText = i < _numbers.Length ? Text.AsSpan(left.Start, left.Length) : "0";
            var rightText = i < right._numbers.Length ? right.Text.AsSpan(rightNumber.Start, rightNumber.Length) : "0";
            var result = i > 0 && (leftText[0] == '0' || rightText[0] == '0')
                ? Digits.Sign(leftText.SequenceCompareTo(rightText))
                : NumberSpan.Compare(Text, left, right.Text, rightNumber);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }
}
