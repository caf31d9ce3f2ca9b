namespace MedVigil.Standards.Cvss;

/// <summary>
/// A parse failure before it becomes a <see cref="CvssParseError"/>: positions only, no strings, so parsers can fail
/// without allocating and only the callers that want the error pay for its message.
/// </summary>
internal readonly record struct CvssParseFailure(
    CvssParseErrorCode Code, int Position, int Length, CvssMetricCatalog? Catalog = null, int Metric = -1, string? Detail = null)
{
    public CvssParseError ToError(ReadOnlySpan<char> text)
    {
        var start = Math.Clamp(Position, 0, text.Length);
        var offending = Code == CvssParseErrorCode.MissingMetric
            ? Catalog![Metric].Name
            : text.Slice(start, Math.Clamp(Length, 0, text.Length - start)).ToString();
        return new CvssParseError(Code, Position, offending, Describe(offending));
    }

    private string Describe(string offending)
    {
        var version = Catalog?.Name ?? "CVSS";
        var metric = Metric >= 0 ? Catalog![Metric] : null;
        var where = $"at position {Position}";
        return Code switch
        {
            CvssParseErrorCode.Empty => "The CVSS vector is empty (position 0).",
            CvssParseErrorCode.TooLong => $"The CVSS vector is longer than {CvssParseError.MaxLength} characters ({where}).",
            CvssParseErrorCode.UnsupportedVersion => $"'{offending}' {where} is not a supported prefix: {Detail}.",
            CvssParseErrorCode.Malformed => $"'{offending}' {where} is not a METRIC:VALUE component of a {version} vector{Suffix()}.",
            CvssParseErrorCode.UnknownMetric => $"'{offending}' {where} is not a {version} metric (names are case-sensitive).",
            CvssParseErrorCode.DuplicateMetric => $"Metric '{offending}' {where} appears more than once.",
            CvssParseErrorCode.InvalidValue =>
                $"'{offending}' {where} is not a value of the {version} metric {metric!.Name} (allowed: {AllowedValues(metric)}).",
            CvssParseErrorCode.OutOfOrder =>
                $"Metric '{offending}' {where} is out of order: {version} lists metrics in the specification's order, which puts it before {Detail}.",
            CvssParseErrorCode.MissingMetric => $"The mandatory {version} metric '{offending}' is missing ({where}).",
            _ => $"'{offending}' {where} is not valid.",
        };
    }

    private string Suffix() => Detail is null ? "" : ": " + Detail;

    private static string AllowedValues(CvssMetric metric) =>
        string.Join(", ", metric.NotDefined is null ? metric.Values : [.. metric.Values, metric.NotDefined]);
}
