using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Cvss;

/// <summary>
/// A CVSS v2.0 vector, e.g. <c>AV:N/AC:L/Au:N/C:P/I:P/A:P</c>. v2.0 vectors have no prefix; the parenthesised form
/// NVD used, <c>(AV:N/AC:L/Au:N/C:P/I:P/A:P)</c>, is accepted too. Parsing is strict about metrics and values but
/// accepts any order; <see cref="ToString"/> gives the canonical bare form (Guide order, ND left out).
/// </summary>
public readonly record struct Cvss2Vector : ICvssParsable<Cvss2Vector>
{
    private readonly CvssMetricValues _values;

    internal Cvss2Vector(CvssMetricValues values) => _values = values;

    /// <summary>The Base score.</summary>
    public CvssScore BaseScore => Cvss2Scoring.Base(Values);

    /// <summary>The Temporal score; equals the Base score when no Temporal metric is defined (see <see cref="HasTemporalMetrics"/>).</summary>
    public CvssScore TemporalScore => Cvss2Scoring.Temporal(Values);

    /// <summary>The Environmental score, with ND metrics at their neutral weights (see <see cref="HasEnvironmentalMetrics"/>).</summary>
    public CvssScore EnvironmentalScore => Cvss2Scoring.Environmental(Values);

    /// <summary>The NVD rating of the Base score: Low 0.0–3.9, Medium 4.0–6.9, High 7.0–10.0.</summary>
    public CvssSeverity Severity => BaseScore.Tenths switch
    {
        < 40 => CvssSeverity.Low,
        < 70 => CvssSeverity.Medium,
        _ => CvssSeverity.High,
    };

    /// <summary>Whether the vector defines any Temporal metric (E, RL, RC other than ND); tools report no Temporal score otherwise.</summary>
    public bool HasTemporalMetrics => Values.AnyDefined(TemporalMask);

    /// <summary>Whether the vector defines any Environmental metric (CDP, TD, CR, IR, AR other than ND).</summary>
    public bool HasEnvironmentalMetrics => Values.AnyDefined(EnvironmentalMask);

    internal CvssMetricValues Values => _values.IsEmpty ? throw CvssParsing.DefaultInstance(nameof(Cvss2Vector)) : _values;

    private static UInt128 TemporalMask { get; } = Cvss2Metrics.Catalog.MaskOf(CvssMetricGroup.Temporal);

    private static UInt128 EnvironmentalMask { get; } = Cvss2Metrics.Catalog.MaskOf(CvssMetricGroup.Environmental);

    /// <summary>Parses a v2.0 vector, bare or parenthesised; throws <see cref="FormatException"/> with the parse error's message.</summary>
    public static Cvss2Vector Parse(string text) => CvssParsing.Parse<Cvss2Vector>(text);

    public static bool TryParse([NotNullWhen(true)] string? text, out Cvss2Vector vector) =>
        TryParseCore(text, out vector, out _);

    /// <summary>Parses without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Cvss2Vector vector) => TryParseCore(text, out vector, out _);

    public static bool TryParse(ReadOnlySpan<char> text, out Cvss2Vector vector, [NotNullWhen(false)] out CvssParseError? error) =>
        CvssParsing.TryParse(text, out vector, out error);

    /// <summary>The value abbreviation of <paramref name="metric"/> (e.g. "Au" → "N"), or null when Not Defined.</summary>
    /// <exception cref="ArgumentException">The name is not a CVSS v2.0 metric.</exception>
    public string? GetMetric(string metric) => Cvss2Metrics.Catalog.ValueOf(Values, Cvss2Metrics.Catalog.IndexOf(metric));

    /// <summary>The canonical vector string, without parentheses.</summary>
    public override string ToString() => CvssVectorFormatter.Format(Cvss2Metrics.Catalog, Values);

    static bool ICvssParsable<Cvss2Vector>.TryParseCore(ReadOnlySpan<char> text, out Cvss2Vector value, out CvssParseFailure failure) =>
        TryParseCore(text, out value, out failure);

    internal static bool TryParseCore(ReadOnlySpan<char> text, out Cvss2Vector vector, out CvssParseFailure failure)
    {
        vector = default;
        if (!CvssPrefix.CheckLength(text, out failure))
        {
            return false;
        }

        if (CvssPrefix.IsPresent(text))
        {
            var slash = text.IndexOf('/');
            failure = new(CvssParseErrorCode.UnsupportedVersion, 0, slash < 0 ? text.Length : slash,
                Detail: "a CVSS v2.0 vector has no prefix, e.g. AV:N/AC:L/Au:N/C:P/I:P/A:P");
            return false;
        }

        var (start, end) = (0, text.Length);
        if (text[0] == '(')
        {
            if (text.Length < 2 || text[^1] != ')')
            {
                failure = new(CvssParseErrorCode.Malformed, 0, 1, Cvss2Metrics.Catalog, Detail: "the '(' is never closed");
                return false;
            }

            (start, end) = (1, text.Length - 1);
        }

        if (!CvssMetricParser.TryParse(text, start, end, Cvss2Metrics.Catalog, out var values, out failure))
        {
            return false;
        }

        vector = new Cvss2Vector(values);
        return true;
    }
}
