using System.Globalization;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>SPDX timestamps: UTC as <c>YYYY-MM-DDThh:mm:ssZ</c>.</summary>
internal static class SpdxTimestamp
{
    /// <summary>The timestamp, or null with an issue when it is missing (at <paramref name="parent"/>) or malformed.</summary>
    public static DateTimeOffset? Parse(string? text, string location, string parent, List<FormatIssue> issues)
    {
        if (text is null)
        {
            issues.Add(new FormatIssue(parent, SpdxIssueCodes.Required, "created is missing"));
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        issues.Add(new FormatIssue(location, SpdxIssueCodes.InvalidValue, $"'{text}' is not an SPDX timestamp (YYYY-MM-DDThh:mm:ssZ)"));
        return null;
    }
}
