using System.Text.RegularExpressions;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Fixed versions named in a <c>vendor_fix</c> remediation's text: "update to version 9.33.1 (or later)",
/// "upgrade to software V4.1". The version read means that version and later are fixed.
/// </summary>
internal static partial class CsafRemediationVersions
{
    public static IEnumerable<VersionConstraint> Read(string details)
    {
        foreach (Match match in Phrase().Matches(details))
        {
            if (VersionSchemes.Firmware.TryParse(match.Groups["v"].Value, out var version))
            {
                yield return VersionConstraint.Of(
                    VersRange.Create(VersionSchemes.Firmware, [new VersConstraint(VersComparator.GreaterThanOrEqual, version)]),
                    $"'{match.Value.Trim()}' in the remediation",
                    new Dictionary<string, string>(StringComparer.Ordinal) { [version.Text] = "fixed (remediation)" });
            }
        }
    }

    [GeneratedRegex(@"\b(?:update|upgrade|updating|upgrading)\s+(?:\w+\s+){0,4}?to\s+(?:\w+\s+){0,3}?(?:version|release|software|firmware|v)\s*(?<v>[vV]?\d+(?:\.[0-9A-Za-z]+)+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phrase();
}
