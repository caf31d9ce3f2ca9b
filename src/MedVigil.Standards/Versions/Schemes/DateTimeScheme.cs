namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// RFC 3339 timestamps (<c>2024-01-01T00:00:00Z</c>, <c>2023-12-31T19:00:00-05:00</c>, fractions of a second allowed)
/// ordered by the instant they denote, so different offsets of the same instant are equal. 'T' and 'Z' must be
/// upper case, as the <c>vers</c> canonical form requires.
/// </summary>
internal sealed class DateTimeScheme() : VersionScheme("datetime")
{
    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)
        ReadOnlySpan<char> shape = "dddd-dd-ddTdd:dd:dd";
        if (text.Length < shape.Length)
        {
            return failure.At(text.Length, "an RFC 3339 timestamp is YYYY-MM-DDTHH:MM:SS followed by Z or an offset");
        }

        for (var i = 0; i < shape.Length; i++)
        {
            if (shape[i] == 'd' ? !char.IsAsciiDigit(text[i]) : text[i] != shape[i])
            {
                return failure.At(i, shape[i] == 'd' ? "a digit is expected" : $"'{shape[i]}' is expected");
            }
        }

        int year = Number(text, 0, 4), month = Number(text, 5, 2), day = Number(text, 8, 2);
        int hour = Number(text, 11, 2), minute = Number(text, 14, 2), second = Number(text, 17, 2);
        if (year == 0 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return failure.At(0, "the date does not exist");
        }

        if (hour > 23 || minute > 59 || second > 60)
        {
            return failure.At(11, "the time does not exist");
        }

        var i2 = shape.Length;
        int fractionStart = i2, fractionLength = 0;
        if (i2 < text.Length && text[i2] == '.')
        {
            fractionStart = ++i2;
            fractionLength = Digits.RunLength(text, i2);
            if (fractionLength == 0)
            {
                return failure.At(i2, "digits must follow '.'");
            }

            i2 += fractionLength;
        }

        var offsetMinutes = 0;
        if (i2 == text.Length - 1 && text[i2] == 'Z')
        {
            i2++;
        }
        else if (i2 + 6 == text.Length && text[i2] is '+' or '-' && text[i2 + 3] == ':'
                 && Digits.RunLength(text, i2 + 1) == 2 && Digits.RunLength(text, i2 + 4) == 2)
        {
            offsetMinutes = (Number(text, i2 + 1, 2) * 60) + Number(text, i2 + 4, 2);
            if (offsetMinutes >= 24 * 60 || Number(text, i2 + 4, 2) > 59)
            {
                return failure.At(i2, "the offset does not exist");
            }

            offsetMinutes = text[i2] == '-' ? -offsetMinutes : offsetMinutes;
            i2 += 6;
        }
        else
        {
            return failure.At(i2, "the time must end with 'Z' or an offset like +02:00");
        }

        var seconds = (new DateTime(year, month, day).Ticks / TimeSpan.TicksPerSecond)
            + (hour * 3600L) + (minute * 60L) + second - (offsetMinutes * 60L);
        var fraction = text.AsSpan(fractionStart, fractionLength).TrimEnd('0');
        return new DateTimeVersion(this, text, seconds, fractionStart, fraction.Length);
    }

    private static int Number(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}

/// <summary>An RFC 3339 timestamp used as a version.</summary>
public sealed class DateTimeVersion : SchemeVersion
{
    private readonly long _seconds;
    private readonly int _fractionStart;
    private readonly int _fractionLength;

    internal DateTimeVersion(VersionScheme scheme, string text, long seconds, int fractionStart, int fractionLength)
        : base(scheme, text) => (_seconds, _fractionStart, _fractionLength) = (seconds, fractionStart, fractionLength);

    private ReadOnlySpan<char> Fraction => Text.AsSpan(_fractionStart, _fractionLength);

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (DateTimeVersion)other;
        var result = _seconds.CompareTo(right._seconds);

        // Fractions without trailing zeros order as text: .09 < .1 < .12.
        return result != 0 ? result : Digits.Sign(Fraction.SequenceCompareTo(right.Fraction));
    }

    private protected override int EquivalenceHash() => HashCode.Combine(_seconds, string.GetHashCode(Fraction, StringComparison.Ordinal));
}
