using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MedVigil.Standards.Identifiers;

/// <summary>A CVE identifier, <c>CVE-YYYY-NNNN…</c> (year from 1999, at least four sequence digits).</summary>
public readonly record struct CveId : IComparable<CveId>
{
    private CveId(int year, long sequence) => (Year, Sequence) = (year, sequence);

    public int Year { get; }

    public long Sequence { get; }

    public static CveId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new FormatException(error);

    public static bool TryParse([NotNullWhen(true)] string? text, out CveId id) => TryParse(text, out id, out _);

    public static bool TryParse(string? text, out CveId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || !text.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{text}' is not a CVE id: it must start with 'CVE-' (position 0).";
            return false;
        }

        var parts = text[4..].Split('-');
        if (parts.Length != 2)
        {
            error = $"'{text}' is not a CVE id: it must be CVE-YYYY-NNNN with exactly two '-' separated parts after 'CVE' (position 4).";
            return false;
        }

        if (parts[0].Length != 4 || !parts[0].All(char.IsAsciiDigit)
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1999)
        {
            error = $"'{text}' is not a CVE id: the year at position 4 must be four digits from 1999.";
            return false;
        }

        if (parts[1].Length is < 4 or > 19 || !parts[1].All(char.IsAsciiDigit)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || (parts[1].Length > 4 && parts[1][0] == '0'))
        {
            error = $"'{text}' is not a CVE id: the sequence at position 9 must be four or more digits without leading zeros beyond four.";
            return false;
        }

        id = new CveId(year, sequence);
        error = null;
        return true;
    }

    public int CompareTo(CveId other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Sequence.CompareTo(other.Sequence);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"CVE-{Year:D4}-{Sequence:D4}");
}
