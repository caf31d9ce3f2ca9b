namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Gentoo ebuild versions, <c>N(.N)*[a-z]?(_(alpha|beta|pre|rc|p)N?)*(-rN)?</c>, ordered by the Package Manager
/// Specification: the first number by value; later numbers by value unless either starts with '0', in which case
/// they compare as text with trailing zeros removed (<c>1.01 &lt; 1.1</c>); more numbers win; then the letter, the
/// suffixes (<c>alpha &lt; beta &lt; pre &lt; rc &lt; p</c>; an extra <c>_p</c> wins, any other extra suffix loses) and the
/// revision (<c>-r0</c> = none).
/// </summary>
internal sealed class GentooScheme() : VersionScheme("gentoo")
{
    private static readonly string[] Suffixes = ["alpha", "beta", "pre", "rc", "p"];

    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var numbers = new List<NumberSpan>();
        var i = 0;
        do
        {
            if (numbers.Count > 0)
            {
                i++;
            }

            var digits = Digits.RunLength(text, i);
            if (digits == 0)
            {
                return failure.At(i, "a number is expected");
            }

            numbers.Add(NumberSpan.Read(text, i, digits));
            i += digits;
        }
        while (i < text.Length && text[i] == '.');

        var letter = i < text.Length && char.IsAsciiLetterLower(text[i]) ? text[i++] : '\0';
        var suffixes = new List<(int Kind, NumberSpan Number)>();
        while (i < text.Length && text[i] == '_')
        {
            var kind = Array.FindIndex(Suffixes, suffix => text.AsSpan(i + 1).StartsWith(suffix, StringComparison.Ordinal)
                && !char.IsAsciiLetter(text.AsSpan(i + 1 + suffix.Length) is [var next, ..] ? next : '0'));
            if (kind < 0)
            {
                return failure.At(i, "a suffix must be _alpha, _beta, _pre, _rc or _p");
            }

            i += 1 + Suffixes[kind].Length;
            var digits = Digits.RunLength(text, i);
            suffixes.Add((kind, digits == 0 ? NumberSpan.Zero : NumberSpan.Read(text, i, digits)));
            i += digits;
        }

        var revision = NumberSpan.Zero;
        if (i < text.Length && text.AsSpan(i).StartsWith("-r"))
        {
            var digits = Digits.RunLength(text, i + 2);
            if (digits == 0)
            {
                return failure.At(i + 2, "a revision number must follow '-r'");
            }

            revision = NumberSpan.Read(text, i + 2, digits);
            i += 2 + digits;
        }

        return i < text.Length
            ? failure.At(i, $"unexpected '{text[i]}'")
            : new GentooVersion(this, text, [.. numbers], letter, [.. suffixes], revision);
    }
}

/// <summary>A Gentoo package version.</summary>
public sealed class GentooVersion : SchemeVersion
{
    private const int SuffixP = 4;
    private readonly NumberSpan[] _numbers;
    private readonly char _letter;
    private readonly (int Kind, NumberSpan Number)[] _suffixes;
    private readonly NumberSpan _revision;

    internal GentooVersion(VersionScheme scheme, string text, NumberSpan[] numbers, char letter, (int, NumberSpan)[] suffixes, NumberSpan revision)
        : base(scheme, text) => (_numbers, _letter, _suffixes, _revision) = (numbers, letter, suffixes, revision);

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (GentooVersion)other;
        var result = CompareNumbers(right);
        if (result == 0)
        {
            result = Digits.Sign(_letter.CompareTo(right._letter));
        }

        if (result == 0)
        {
            result = CompareSuffixes(right);
        }

        return result != 0 ? result : NumberSpan.Compare(Text, _revision, right.Text, right._revision);
    }

    private int CompareNumbers(GentooVersion right)
    {
        var result = NumberSpan.Compare(Text, _numbers[0], right.Text, right._numbers[0]);
        var count = Math.Min(_numbers.Length, right._numbers.Length);
        for (var i = 1; i < count && result == 0; i++)
        {
            var left = Text.AsSpan(_numbers[i].Start, _numbers[i].Length);
            var rightDigits = right.Text.AsSpan(right._numbers[i].Start, right._numbers[i].Length);
            result = left[0] == '0' || rightDigits[0] == '0'
                ? Digits.Sign(left.TrimEnd('0').SequenceCompareTo(rightDigits.TrimEnd('0')))
                : NumberSpan.Compare(Text, _numbers[i], right.Text, right._numbers[i]);
        }

        return result != 0 ? result : _numbers.Length.CompareTo(right._numbers.Length);
    }

    private int CompareSuffixes(GentooVersion right)
    {
        var count = Math.Min(_suffixes.Length, right._suffixes.Length);
        for (var i = 0; i < count; i++)
        {
            var result = _suffixes[i].Kind != right._suffixes[i].Kind
                ? _suffixes[i].Kind.CompareTo(right._suffixes[i].Kind)
                : NumberSpan.Compare(Text, _suffixes[i].Number, right.Text, right._suffixes[i].Number);
            if (result != 0)
            {
                return result;
            }
        }

        if (_suffixes.Length != right._suffixes.Length)
        {
            var longer = _suffixes.Length > count ? _suffixes[count] : right._suffixes[count];
            var sign = longer.Kind == SuffixP ? 1 : -1;
            return _suffixes.Length > count ? sign : -sign;
        }

        return 0;
    }
}
