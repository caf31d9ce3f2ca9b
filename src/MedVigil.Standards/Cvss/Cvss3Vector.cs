using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Cvss;

/// <summary>
/// A CVSS v3.0 or v3.1 vector, e.g. <c>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>. Parsing is strict (prefix,
/// known metrics and values, no duplicates, all eight Base metrics) but accepts any metric order, as the
/// specification does; <see cref="ToString"/> gives the canonical form (specification order, Not Defined
/// <c>X</c> left out), so two vectors are equal when they mean the same.
/// </summary>
public readonly record struct Cvss3Vector : ICvssParsable<Cvss3Vector>
{
    private readonly CvssMetricValues _values;

    internal Cvss3Vector(CvssVersion version, CvssMetricValues values) => (Version, _values) = (version, values);

    /// <summary><see cref="CvssVersion.V30"/> or <see cref="CvssVersion.V31"/>, from the prefix.</summary>
    public CvssVersion Version { get; }

    /// <summary>The Base score, from the version's own Roundup.</summary>
    public CvssScore BaseScore => Cvss3Scoring.Base(Version, Values);

    /// <summary>The Temporal score; equals the Base score when no Temporal metric is defined.</summary>
    public CvssScore TemporalScore => Cvss3Scoring.Temporal(Version, Values);

    /// <summary>The Environmental score; Not Defined metrics take the Base values (and Requirement 1.0).</summary>
    public CvssScore EnvironmentalScore => Cvss3Scoring.Environmental(Version, Values);

    /// <summary>The qualitative rating of the Base score.</summary>
    public CvssSeverity Severity => BaseScore.Severity;

    /// <summary>Whether the vector defines any Temporal metric (E, RL, RC other than X).</summary>
    public bool HasTemporalMetrics => Values.AnyDefined(TemporalMask);

    /// <summary>Whether the vector defines any Environmental metric (CR, IR, AR, M* other than X).</summary>
    public bool HasEnvironmentalMetrics => Values.AnyDefined(EnvironmentalMask);

    internal CvssMetricValues Values => _values.IsEmpty ? throw CvssParsing.DefaultInstance(nameof(Cvss3Vector)) : _values;

    private static UInt128 TemporalMask { get; } = Cvss3Metrics.V31.MaskOf(CvssMetricGroup.Temporal);

    private static UInt128 EnvironmentalMask { get; } = Cvss3Metrics.V31.MaskOf(CvssMetricGroup.Environmental);

    /// <summary>Parses a v3.0 or v3.1 vector; throws <see cref="FormatException"/> with the parse error's message.</summary>
    public static Cvss3Vector Parse(string text) => CvssParsing.Parse<Cvss3Vector>(text);

    public static bool TryParse([NotNullWhen(true)] string? text, out Cvss3Vector vector) =>
        TryParseCore(text, out vector, out _);

    /// <summary>Parses without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Cvss3Vector vector) => TryParseCore(text, out vector, out _);

    public static bool TryParse(ReadOnlySpan<char> text, out Cvss3Vector vector, [NotNullWhen(false)] out CvssParseError? error) =>
        CvssParsing.TryParse(text, out vector, out error);

    /// <summary>The value abbreviation of <paramref name="metric"/> (e.g. "AV" → "N"), or null when Not Defined.</summary>
    /// <exception cref="ArgumentException">The name is not a CVSS v3.x metric.</exception>
    public string? GetMetric(string metric) => Cvss3Metrics.V31.ValueOf(Values, Cvss3Metrics.V31.IndexOf(metric));

    /// <summary>The canonical vector string.</summary>
    public override string ToString() => CvssVectorFormatter.Format(Cvss3Metrics.For(Version), Values);

    static bool ICvssParsable<Cvss3Vector>.TryParseCore(ReadOnlySpan<char> text, out Cvss3Vector value, out CvssParseFailure failure) =>
        TryParseCore(text, out value, out failure);

    internal static bool TryParseCore(ReadOnlySpan<char> text, out Cvss3Vector vector, out CvssParseFailure failure)
    {
        vector = default;
        if (!CvssPrefix.CheckLength(text, out failure) || !ReadPrefix(text, out var version, out failure))
        {
            return false;
        }

        if (!CvssMetricParser.TryParse(text, CvssPrefix.Length, text.Length, Cvss3Metrics.For(version), out var values, out failure))
        {
            return false;
        }

        vector = new Cvss3Vector(version, values);
        return true;
    }

    private static bool ReadPrefix(ReadOnlySpan<char> text, out CvssVersion version, out CvssParseFailure failure)
    {
        if (CvssPrefix.TryRead(text, out version, out failure))
        {
            if (version is CvssVersion.V30 or CvssVersion.V31)
            {
                return true;
            }

            failure = new(CvssParseErrorCode.UnsupportedVersion, 0, CvssPrefix.Length - 1);
        }

        failure = failure with { Detail = "a CVSS v3.x vector starts with CVSS:3.0/ or CVSS:3.1/" };
        return false;
    }
}
