using System.Globalization;

namespace MedVigil.Standards.Cvss;

/// <summary>
/// A CVSS score, 0.0 to 10.0 in steps of 0.1, held as whole tenths so it compares and prints exactly.
/// </summary>
public readonly record struct CvssScore : IComparable<CvssScore>
{
    // Every score prints as one of 101 strings; cache them so printing never allocates.
    private static readonly string[] Texts = Enumerable.Range(0, 101)
        .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t / 10}.{t % 10}"))
        .ToArray();

    private readonly byte _tenths;

    private CvssScore(byte tenths) => _tenths = tenths;

    /// <summary>The score in tenths, 0 to 100.</summary>
    public int Tenths => _tenths;

    /// <summary>The score as an exact decimal, e.g. 9.8.</summary>
    public decimal Value => _tenths / 10m;

    /// <summary>The CVSS v3.x / v4.0 qualitative rating of this score.</summary>
    public CvssSeverity Severity => _tenths switch
    {
        0 => CvssSeverity.None,
        < 40 => CvssSeverity.Low,
        < 70 => CvssSeverity.Medium,
        < 90 => CvssSeverity.High,
        _ => CvssSeverity.Critical,
    };

    /// <summary>A score from whole tenths (0 to 100).</summary>
    public static CvssScore FromTenths(int tenths) => tenths is >= 0 and <= 100
        ? new CvssScore((byte)tenths)
        : throw new ArgumentOutOfRangeException(nameof(tenths), tenths, "A CVSS score is 0 to 100 tenths.");

    /// <summary>A score from a value with at most one decimal (0.0 to 10.0).</summary>
    public static CvssScore FromValue(decimal value)
    {
        var tenths = value * 10;
        return value is >= 0 and <= 10 && tenths == decimal.Truncate(tenths)
            ? new CvssScore((byte)tenths)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A CVSS score is 0.0 to 10.0 with one decimal.");
    }

    public int CompareTo(CvssScore other) => _tenths.CompareTo(other._tenths);

    public static bool operator <(CvssScore left, CvssScore right) => left._tenths < right._tenths;

    public static bool operator >(CvssScore left, CvssScore right) => left._tenths > right._tenths;

    public static bool operator <=(CvssScore left, CvssScore right) => left._tenths <= right._tenths;

    public static bool operator >=(CvssScore left, CvssScore right) => left._tenths >= right._tenths;

    /// <summary>The score with one decimal and a '.' separator, e.g. <c>9.8</c> or <c>0.0</c>.</summary>
    public override string ToString() => Texts[_tenths];
}
