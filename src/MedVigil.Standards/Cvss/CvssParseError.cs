namespace MedVigil.Standards.Cvss;

/// <summary>Why a CVSS vector string was rejected.</summary>
public enum CvssParseErrorCode
{
    /// <summary>The text is empty.</summary>
    Empty,

    /// <summary>The text is longer than <see cref="CvssParseError.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>The <c>CVSS:x.y/</c> prefix names no supported version, or is missing where the version needs one.</summary>
    UnsupportedVersion,

    /// <summary>A component is not <c>METRIC:VALUE</c> (empty, no colon, a trailing '/', an unclosed parenthesis).</summary>
    Malformed,

    /// <summary>The metric name is not one of the version's metrics (names are case-sensitive).</summary>
    UnknownMetric,

    /// <summary>The metric appears twice.</summary>
    DuplicateMetric,

    /// <summary>The value is not one the metric allows (values are case-sensitive).</summary>
    InvalidValue,

    /// <summary>The metric comes before one it must follow (CVSS v4.0 fixes the order).</summary>
    OutOfOrder,

    /// <summary>A mandatory Base metric is missing.</summary>
    MissingMetric,
}

/// <summary>
/// A rejected CVSS vector: what went wrong (<see cref="Code"/>), where (<see cref="Position"/>, 0-based, in the
/// text as given) and the offending text (<see cref="Text"/>: the component, metric name or value at fault).
/// </summary>
public sealed record CvssParseError(CvssParseErrorCode Code, int Position, string Text, string Message)
{
    /// <summary>The longest text a parser looks at; longer input is rejected before parsing (no valid vector comes close).</summary>
    public const int MaxLength = 4096;

    public override string ToString() => Message;
}
