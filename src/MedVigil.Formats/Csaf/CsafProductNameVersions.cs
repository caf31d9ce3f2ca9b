using System.Text.RegularExpressions;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// The versions a product's full name states after its colon: "CardioMessenger II-S GSM T4APP: 2.20", "Valleylab FX8
/// Energy Platform (VLFX8GEN) software: Version 1.1.0 and below", "Avalon Fetal/Maternal Monitors …: with software
/// Revisions F.0 G.0 and J.3", "Efficia CM Series: Revisions A.01 to C.0x and 4.0", "Interventional Workspot: (Release
/// 1.3.2 1.4.0 1.4.1 1.4.3 1.4.5)". The full name is the advisory's own sentence; the version branch is a digest of it
/// that sometimes garbles or contradicts it (ICSMA-20-170-05 2.2 for 2.20, ICSMA-19-311-02 &lt;= 1.0.0 for "1.1.0 and
/// below", ICSMA-18-156-01 F.0.G.0 for "F.0 G.0"). Only a name whose whole version text reads as versions counts.
/// </summary>
internal static partial class CsafProductNameVersions
{
    // A lower-case v before a version is not part of it ("vD25", "v3.0 D15"); "VS4" keeps its capital V.
    private const string Version = @"(?-i:v)?(?:(?:\d[0-9A-Za-z]*(?:\.[0-9A-Za-z]+)*(?:\s[A-Za-z]\d+(?=\s|$))?|[A-Za-z]{1,2}\d[0-9A-Za-z]*(?:\.[0-9A-Za-z]+)*|[A-Za-z](?:\.[0-9A-Za-z]+)+))";

    public static IReadOnlyList<VersionConstraint> Read(string fullName)
    {
        var colon = fullName.LastIndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return [];
        }

        var written = fullName[(colon + 2)..].Trim();
        var prose = Clause().Replace(Lead().Replace(Enclosed().Replace(written, "$1"), ""), "").Trim();
        var result = new List<VersionConstraint>();
        var equals = new List<VersConstraint>();
        var label = $"'{written}' in the product name";
        for (var at = 0; at < prose.Length;)
        {
            var item = Item().Match(prose, at);
            if (!item.Success || !Add(item, label, result, equals))
            {
                return [];
            }

            at = item.Index + item.Length;
            if (at == prose.Length)
            {
                break;
            }

            var separator = Separator().Match(prose, at);
            if (!separator.Success || separator.Length == 0)
            {
                return [];
            }

            at += separator.Length;
        }

        if (equals.Count > 0)
        {
            result.Add(VersionConstraint.Of(VersRange.Create(VersionSchemes.Firmware, equals), label));
        }

        return result;
    }

    private static bool Add(Match item, string label, List<VersionConstraint> result, List<VersConstraint> equals)
    {
        var firmware = VersionSchemes.Firmware;
        if (item.Groups["one"].Success)
        {
            if (!firmware.TryParse(Bare(item.Groups["one"].Value), out var one))
            {
                return false;
            }

            equals.Add(new VersConstraint(VersComparator.Equal, one));
            return true;
        }

        if (item.Groups["upto"].Success)
        {
            if (!firmware.TryParse(Bare(item.Groups["upto"].Value), out var upto))
            {
                return false;
            }

            result.Add(VersionConstraint.Of(VersRange.Create(firmware, [new VersConstraint(VersComparator.LessThanOrEqual, upto)]), label));
            return true;
        }

        if (!firmware.TryParse(Bare(item.Groups["low"].Value), out var low) || !firmware.TryParse(Bare(item.Groups["high"].Value), out var high) || low.CompareTo(high) > 0)
        {
            return false;
        }

        result.Add(VersionConstraint.Of(VersRange.Create(firmware,
            [new VersConstraint(VersComparator.GreaterThanOrEqual, low), new VersConstraint(VersComparator.LessThanOrEqual, high)]), label));
        return true;
    }

    private static string Bare(string version) => version.Length > 1 && version[0] == 'v' ? version[1..] : version;

    /// <summary>
    /// At the position: "X to Y", "X and prior" (below, earlier, lower, older; "or" too) or one version. A version is
    /// digits with letters and dotted parts run on (<c>2.20</c>, <c>3.02.1744</c>, <c>v1.4</c>), up to two letters and
    /// digits (<c>A10</c>, <c>VS4</c>) or a revision letter with dotted parts (<c>F.0</c>, <c>C.0x</c>).
    /// </summary>
    [GeneratedRegex(@"\G(?:(?<low>" + Version + @")\s+to\s+(?<high>" + Version + @")|(?<upto>" + Version + @")\s+(?:and|or)\s+(?:below|prior|earlier|lower|older)|(?<one>" + Version + @"))(?![0-9A-Za-z.])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Item();

    /// <summary>At the position: ", ", ", and ", " and ", " or " or spaces between two versions.</summary>
    [GeneratedRegex(@"\G(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Separator();

    /// <summary>Words before the versions: "with software Revisions", "All software Versions", "Version", "Release", "Rev.".</summary>
    [GeneratedRegex(@"^(?:(?:all|with|software|firmware|versions?|revisions?|releases?|rev\.?)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Lead();

    /// <summary>A trailing clause about where the software runs: "… that have been installed in a Perfusor …".</summary>
    [GeneratedRegex(@"\s+(?:that|which)\s.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Clause();

    /// <summary>Versions wholly in parentheses: "(Release 1.3.2 1.4.0)".</summary>
    [GeneratedRegex(@"^\((.*)\)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Enclosed();
}
