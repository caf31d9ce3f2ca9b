namespace MedVigil.Standards.Versions;

/// <summary>Digit-run helpers: numbers in versions can be longer than any integer type, so they compare as text.</summary>
internal static class Digits
{
    /// <summary>Compares two runs of ASCII digits by numeric value, ignoring leading zeros; never overflows.</summary>
    public static int Compare(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        left = left.TrimStart('0');
        right = right.TrimStart('0');
        if (left.Length != right.Length)
        {
            return left.Length < right.Length ? -1 : 1;
        }

        return Sign(left.SequenceCompareTo(right));
    }

    /// <summary>A hash of a digit run that ignores leading zeros, consistent with <see cref="Compare"/>.</summary>
    public static int Hash(ReadOnlySpan<char> digits) => string.GetHashCode(digits.TrimStart('0'), StringComparison.Ordinal);

    /// <summary>The number of consecutive ASCII digits in <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static int RunLength(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>The number of consecutive ASCII letters in <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static int LetterRunLength(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>True when every character is an ASCII digit (and there is at least one).</summary>
    public static bool All(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    public static int Sign(int value) => value < 0 ? -1 : value > 0 ? 1 : 0;

    public static int Sign(long value) => value < 0 ? -1 : value > 0 ? 1 : 0;
}

/// <summary>
/// A numeric run inside a version's text: its position, and its value when it fits in 18 digits so the common case
/// compares as one integer comparison.
/// </summary>
internal readonly record struct NumberSpan(int Start, int Length, long Value, bool IsBig)
{
    private const int MaxSmallDigits = 18;

    public static NumberSpan Zero => new(0, 0, 0, false);

    public static NumberSpan Read(ReadOnlySpan<char> text, int start, int length)
    {
        var digits = text.Slice(start, length).TrimStart('0');
        if (digits.Length > MaxSmallDigits)
        {
            return new NumberSpan(start, length, 0, true);
        }

        long value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return new NumberSpan(start, length, value, false);
    }

    public static int Compare(string leftText, NumberSpan left, string rightText, NumberSpan right) =>
        !left.IsBig && !right.IsBig
            ? left.Value.CompareTo(right.Value)
            : Digits.Compare(leftText.AsSpan(left.Start, left.Length), rightText.AsSpan(right.Start, right.Length));

    public int Hash(string text) => IsBig ? Digits.Hash(text.AsSpan(Start, Length)) : Value.GetHashCode();

    public bool IsZero => !IsBig && Value == 0;
}
