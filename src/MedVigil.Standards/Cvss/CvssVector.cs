using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Cvss;

/// <summary>
/// A CVSS vector of any version, recognised by its prefix: <c>CVSS:3.0/</c>, <c>CVSS:3.1/</c>, <c>CVSS:4.0/</c>, or
/// none for v2.0 (bare or parenthesised). Use it where vectors of mixed versions arrive (advisories, CLI input);
/// <see cref="Cvss2"/>, <see cref="Cvss3"/> and <see cref="Cvss4"/> give the version's own type.
/// </summary>
public readonly record struct CvssVector : ICvssParsable<CvssVector>
{
    private readonly CvssMetricValues _values;

    private CvssVector(CvssVersion version, CvssMetricValues values) => (Version, _values) = (version, values);

    public CvssVersion Version { get; }

    /// <summary>The headline score: the Base score for v2.0 and v3.x, the one CVSS-B/BT/BE/BTE score for v4.0.</summary>
    public CvssScore Score => Version switch
    {
        CvssVersion.V20 => new Cvss2Vector(_values).BaseScore,
        CvssVersion.V30 or CvssVersion.V31 => new Cvss3Vector(Version, _values).BaseScore,
        CvssVersion.V40 => new Cvss4Vector(_values).Score,
        _ => throw CvssParsing.DefaultInstance(nameof(CvssVector)),
    };

    /// <summary>The rating of <see cref="Score"/> on the version's own scale (v2.0 has no None or Critical).</summary>
    public CvssSeverity Severity => Version == CvssVersion.V20 ? new Cvss2Vector(_values).Severity : Score.Severity;

    /// <summary>The v2.0 vector, or null for another version.</summary>
    public Cvss2Vector? Cvss2 => Version == CvssVersion.V20 ? new Cvss2Vector(_values) : null;

    /// <summary>The v3.0 or v3.1 vector, or null for another version.</summary>
    public Cvss3Vector? Cvss3 => Version is CvssVersion.V30 or CvssVersion.V31 ? new Cvss3Vector(Version, _values) : null;

    /// <summary>The v4.0 vector, or null for another version.</summary>
    public Cvss4Vector? Cvss4 => Version == CvssVersion.V40 ? new Cvss4Vector(_values) : null;

    /// <summary>Parses a vector of any version; throws <see cref="FormatException"/> with the parse error's message.</summary>
    public static CvssVector Parse(string text) => CvssParsing.Parse<CvssVector>(text);

    public static bool TryParse([NotNullWhen(true)] string? text, out CvssVector vector) => TryParseCore(text, out vector, out _);

    /// <summary>Parses without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CvssVector vector) => TryParseCore(text, out vector, out _);

    public static bool TryParse(ReadOnlySpan<char> text, out CvssVector vector, [NotNullWhen(false)] out CvssParseError? error) =>
        CvssParsing.TryParse(text, out vector, out error);

    /// <summary>The canonical vector string of the version.</summary>
    public override string ToString() => Version switch
    {
        CvssVersion.V20 => new Cvss2Vector(_values).ToString(),
        CvssVersion.V30 or CvssVersion.V31 => new Cvss3Vector(Version, _values).ToString(),
        CvssVersion.V40 => new Cvss4Vector(_values).ToString(),
        _ => throw CvssParsing.DefaultInstance(nameof(CvssVector)),
    };

    static bool ICvssParsable<CvssVector>.TryParseCore(ReadOnlySpan<char> text, out CvssVector value, out CvssParseFailure failure) =>
        TryParseCore(text, out value, out failure);

    internal static bool TryParseCore(ReadOnlySpan<char> text, out CvssVector vector, out CvssParseFailure failure)
    {
        vector = default;
        if (!CvssPrefix.CheckLength(text, out failure))
        {
            return false;
        }

        if (!CvssPrefix.IsPresent(text))
        {
            if (!Cvss2Vector.TryParseCore(text, out var v2, out failure))
            {
                return false;
            }

            vector = new CvssVector(CvssVersion.V20, v2.Values);
            return true;
        }

        if (!CvssPrefix.TryRead(text, out var version, out failure))
        {
            return false;
        }

        if (version == CvssVersion.V40)
        {
            var parsed = Cvss4Vector.TryParseCore(text, out var v4, out failure);
            vector = parsed ? new CvssVector(version, v4.Values) : default;
            return parsed;
        }

        var ok = Cvss3Vector.TryParseCore(text, out var v3, out failure);
        vector = ok ? new CvssVector(version, v3.Values) : default;
        return ok;
    }
}
