using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Cvss;

/// <summary>
/// A CVSS v4.0 vector, e.g. <c>CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N</c>. Parsing is strict:
/// the prefix, the eleven Base metrics, known metrics and values, no duplicates, and the specification's metric
/// order. <see cref="ToString"/> gives the canonical form (Not Defined <c>X</c> left out). Supplemental metrics
/// (S, AU, R, V, RE, U) parse and round-trip but never change the score.
/// </summary>
public readonly record struct Cvss4Vector : ICvssParsable<Cvss4Vector>
{
    private readonly CvssMetricValues _values;

    internal Cvss4Vector(CvssMetricValues values) => _values = values;

    /// <summary>The vector's one score (CVSS-B, -BT, -BE or -BTE, see <see cref="Nomenclature"/>).</summary>
    public CvssScore Score => Cvss4Scoring.Score(Values, out _);

    /// <summary>The qualitative rating of <see cref="Score"/>.</summary>
    public CvssSeverity Severity => Score.Severity;

    /// <summary>The MacroVector (EQ1–EQ6 levels) the score is interpolated from.</summary>
    public Cvss4MacroVector MacroVector
    {
        get
        {
            Cvss4Scoring.Score(Values, out var macroVector);
            return macroVector;
        }
    }

    /// <summary>Which groups the score covers: Threat when E is defined, Environmental when any CR/IR/AR/M* is.</summary>
    public Cvss4Nomenclature Nomenclature => (Values.AnyDefined(ThreatMask), Values.AnyDefined(EnvironmentalMask)) switch
    {
        (false, false) => Cvss4Nomenclature.Base,
        (true, false) => Cvss4Nomenclature.BaseThreat,
        (false, true) => Cvss4Nomenclature.BaseEnvironmental,
        (true, true) => Cvss4Nomenclature.BaseThreatEnvironmental,
    };

    internal CvssMetricValues Values => _values.IsEmpty ? throw CvssParsing.DefaultInstance(nameof(Cvss4Vector)) : _values;

    private static UInt128 ThreatMask { get; } = Cvss4Metrics.Catalog.MaskOf(CvssMetricGroup.Threat);

    private static UInt128 EnvironmentalMask { get; } = Cvss4Metrics.Catalog.MaskOf(CvssMetricGroup.Environmental);

    /// <summary>Parses a v4.0 vector; throws <see cref="FormatException"/> with the parse error's message.</summary>
    public static Cvss4Vector Parse(string text) => CvssParsing.Parse<Cvss4Vector>(text);

    public static bool TryParse([NotNullWhen(true)] string? text, out Cvss4Vector vector) =>
        TryParseCore(text, out vector, out _);

    /// <summary>Parses without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Cvss4Vector vector) => TryParseCore(text, out vector, out _);

    public static bool TryParse(ReadOnlySpan<char> text, out Cvss4Vector vector, [NotNullWhen(false)] out CvssParseError? error) =>
        CvssParsing.TryParse(text, out vector, out error);

    /// <summary>The value abbreviation of <paramref name="metric"/> (e.g. "VC" → "H", "U" → "Amber"), or null when Not Defined.</summary>
    /// <exception cref="ArgumentException">The name is not a CVSS v4.0 metric.</exception>
    public string? GetMetric(string metric) => Cvss4Metrics.Catalog.ValueOf(Values, Cvss4Metrics.Catalog.IndexOf(metric));

    /// <summary>The canonical vector string.</summary>
    public override string ToString() => CvssVectorFormatter.Format(Cvss4Metrics.Catalog, Values);

    static bool ICvssParsable<Cvss4Vector>.TryParseCore(ReadOnlySpan<char> text, out Cvss4Vector value, out CvssParseFailure failure) =>
        TryParseCore(text, out value, out failure);

    internal static bool TryParseCore(ReadOnlySpan<char> text, out Cvss4Vector vector, out CvssParseFailure failure)
    {
        vector = default;
        if (!CvssPrefix.CheckLength(text, out failure))
        {
            return false;
        }

        if (!CvssPrefix.TryRead(text, out var version, out failure) || version != CvssVersion.V40)
        {
            failure = new(CvssParseErrorCode.UnsupportedVersion, 0, failure.Length > 0 ? failure.Length : CvssPrefix.Length - 1,
                Detail: "a CVSS v4.0 vector starts with CVSS:4.0/");
            return false;
        }

        if (!CvssMetricParser.TryParse(text, CvssPrefix.Length, text.Length, Cvss4Metrics.Catalog, out var values, out failure))
        {
            return false;
        }

        vector = new Cvss4Vector(values);
        return true;
    }
}
