namespace MedVigil.Standards.Cvss;

/// <summary>Reads the <c>CVSS:x.y/</c> prefix that v3.0, v3.1 and v4.0 vectors start with (v2.0 vectors have none).</summary>
internal static class CvssPrefix
{
    /// <summary>The length of every supported prefix, <c>CVSS:x.y/</c>.</summary>
    public const int Length = 9;

    public const string Supported = "use CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/, or a bare CVSS v2.0 vector such as AV:N/AC:L/Au:N/C:P/I:P/A:P";

    /// <summary>Whether the text starts with <c>CVSS:</c>, i.e. claims a version of its own.</summary>
    public static bool IsPresent(ReadOnlySpan<char> text) => text.StartsWith("CVSS:", StringComparison.Ordinal);

    /// <summary>
    /// The version a <c>CVSS:</c>-prefixed text names; fails (UnsupportedVersion, the text up to the first '/')
    /// for any other version or when the '/' after the version is missing.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, out CvssVersion version, out CvssParseFailure failure)
    {
        version = text.StartsWith("CVSS:3.1/", StringComparison.Ordinal) ? CvssVersion.V31
            : text.StartsWith("CVSS:4.0/", StringComparison.Ordinal) ? CvssVersion.V40
            : text.StartsWith("CVSS:3.0/", StringComparison.Ordinal) ? CvssVersion.V30
            : default;
        if (version != default)
        {
            failure = default;
            return true;
        }

        var slash = text.IndexOf('/');
        failure = new(CvssParseErrorCode.UnsupportedVersion, 0, slash < 0 ? text.Length : slash, Detail: Supported);
        return false;
    }

    /// <summary>The checks every parser makes first: not empty, not too long.</summary>
    public static bool CheckLength(ReadOnlySpan<char> text, out CvssParseFailure failure)
    {
        if (text.IsEmpty || text.Length > CvssParseError.MaxLength)
        {
            failure = text.IsEmpty
                ? new(CvssParseErrorCode.Empty, 0, 0)
                : new(CvssParseErrorCode.TooLong, CvssParseError.MaxLength, 0);
            return false;
        }

        failure = default;
        return true;
    }
}
