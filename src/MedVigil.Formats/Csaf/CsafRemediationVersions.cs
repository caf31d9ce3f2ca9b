using System.Text.RegularExpressions;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Fixed versions named in a <c>vendor_fix</c> remediation's text: "update to version 9.33.1 (or later)",
/// "upgrade to software V4.1", "users can find … VF10.1 software releases". The version read means that version and
/// later are fixed.
/// </summary>
internal static partial class CsafRemediationVersions
{
    public static IEnumerable<VersionConstraint> Read(string details)
    {
        // "Users can find Delta/Infinity Explorer VF10.1 software releases" (ICSMA-19-022-01) names a release out
        // now; "the fix is expected in an upcoming … Version 4.80 software release" (ICSMA-22-062-02) does not.
        var released = Release().Matches(details).Where(m => !Future().IsMatch(Sentence(details, m.Index)));
        foreach (var match in Phrase().Matches(details).Concat(released))
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

    /// <summary>The sentence around a position.</summary>
    private static string Sentence(string text, int at)
    {
        var start = text.LastIndexOf(". ", at, StringComparison.Ordinal);
        var end = text.IndexOf(". ", at, StringComparison.Ordinal);
        return text[(start < 0 ? 0 : start + 2)..(end < 0 ? text.Length : end)];
    }

    /// <summary>"VF10.1 software releases", "4.80 firmware release": a version, then the words for a release.</summary>
    [GeneratedRegex(@"\b(?<v>[A-Za-z]{0,3}\d+(?:\.[0-9A-Za-z]+)+)\s+(?:software|firmware)\s+releases?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Release();

    /// <summary>Words that put a release in the future.</summary>
    [GeneratedRegex(@"\b(?:expected|upcoming|planned|plans|scheduled|will|future)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:update|upgrade|updating|upgrading)\s+(?:\w+\s+){0,4}?to\s+(?:\w+\s+){0,3}?(?:version|release|software|firmware|v)\s*(?<v>[vV]?\d+(?:\.[0-9A-Za-z]+)+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phrase();
}
