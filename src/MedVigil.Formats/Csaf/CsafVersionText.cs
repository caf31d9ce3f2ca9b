using System.Text.RegularExpressions;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Reads the versions CSAF product branches name, tolerantly, into firmware-scheme constraints: <c>vers:</c> ranges
/// (<c>vers:all/*</c> = all versions); <c>vls:</c> ranges and bare comparator lists (<c>&lt;= 2.3.6</c>,
/// <c>&lt;V4.00_Utilizes_Wibu-Systems_CodeMeter_7.60c</c>, <c>&lt;= U61 |&lt;= L81</c>) whose version is the leading
/// version-like token; <c>5.x.x</c> / <c>1.X</c> as every version starting so; a bare major version (<c>8</c>) as its
/// version line; a one-word bound the token reader cannot take read whole. Anything else is unreadable.
/// </summary>
internal static partial class CsafVersionText
{
    public static VersionConstraint Read(string text, bool isRange)
    {
        var trimmed = text.Trim();
        if (string.Equals(trimmed, "vers:all/*", StringComparison.OrdinalIgnoreCase))
        {
            return VersionConstraint.All(text);
        }

        if (trimmed.StartsWith("vers:", StringComparison.OrdinalIgnoreCase))
        {
            return VersRange.TryParseLenient(trimmed, out var vers, out _)
                ? VersionConstraint.Of(vers, text)
                : VersionConstraint.Unreadable(text);
        }

        if (trimmed.StartsWith("vls:", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        // A closing remark in parentheses is not a version: "<= 1.54 (integrated into GE MobileLink)",
        // "v9.x (with Wireless Battery Module >= v22D19 | <= v22D28)", "* (end-of-life 2011)".
        if (TrailingRemark().Replace(trimmed, "") is { Length: > 0 } bare)
        {
            trimmed = bare;
        }

        // "* running on old, unsupported operating systems such as Windows 2000" (ICSMA-19-241-02): every version,
        // with a remark on where they run.
        if (trimmed == "*" || AllWithRemark().IsMatch(trimmed))
        {
            return VersionConstraint.All(text);
        }

        var constraints = new List<VersConstraint>();
        foreach (var part in trimmed.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Part(part, isRange, constraints))
            {
                return VersionConstraint.Unreadable(text);
            }
        }

        if (constraints.Count == 0)
        {
            return VersionConstraint.Unreadable(text);
        }

        // "<= U61 |<= L81" (two version lines, each "and earlier") is a union; vers reads two upper bounds as neither,
        // so the redundant bound goes.
        var range = VersRange.Create(VersionSchemes.Firmware, constraints);
        return VersionConstraint.Of(constraints.Count > 1 && constraints.All(c => c.Comparator.IsLess()) ? range.Simplify() : range, text);
    }

    private static bool Part(string part, bool isRange, List<VersConstraint> constraints)
    {
        var comparator = Comparator(part, out var length);
        var rest = part[length..].Trim();
        if (comparator == VersComparator.Equal && AndEarlier().Match(rest) is { Success: true } earlier)
        {
            // "2.3.6 and below", "9.19 and prior", "4.0 or earlier".
            comparator = VersComparator.LessThanOrEqual;
            rest = earlier.Groups[1].Value;
        }

        if (comparator == VersComparator.Equal && LetterRevisions().Match(rest) is { Success: true } letters)
        {
            // "Rev J-M": the revisions from J to M (Philips IntelliVue, ICSMA-18-156-01).
            constraints.Add(new VersConstraint(VersComparator.GreaterThanOrEqual, VersionSchemes.Firmware.Parse(letters.Groups[1].Value)));
            constraints.Add(new VersConstraint(VersComparator.LessThanOrEqual, VersionSchemes.Firmware.Parse(letters.Groups[2].Value)));
            return true;
        }

        if (comparator == VersComparator.Equal && !isRange && MajorOnly().IsMatch(rest))
        {
            // "Version 8" (ICSMA-18-165-01, whose remediation names 8.0 to 8.5 as the users of it): the version line.
            var major = long.Parse(rest, System.Globalization.CultureInfo.InvariantCulture);
            constraints.Add(new VersConstraint(VersComparator.GreaterThanOrEqual, VersionSchemes.Firmware.Parse(rest)));
            constraints.Add(new VersConstraint(VersComparator.LessThan, VersionSchemes.Firmware.Parse((major + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
            return true;
        }

        if (Wildcard().Match(rest) is { Success: true } wildcard)
        {
            // 5.x.x: from 5 up to (not including) 6; "<= 11.x": below 12; "< 3.x": below 3.
            var numbers = wildcard.Groups[1].Value.Split('.');
            var low = VersionSchemes.Firmware.Parse(wildcard.Groups[1].Value);
            var next = VersionSchemes.Firmware.Parse(string.Join('.', numbers[..^1].Append((long.Parse(numbers[^1], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
            switch (comparator)
            {
                case VersComparator.Equal:
                    constraints.Add(new VersConstraint(VersComparator.GreaterThanOrEqual, low));
                    constraints.Add(new VersConstraint(VersComparator.LessThan, next));
                    return true;
                case VersComparator.LessThanOrEqual or VersComparator.GreaterThan:
                    constraints.Add(new VersConstraint(comparator == VersComparator.GreaterThan ? VersComparator.GreaterThanOrEqual : VersComparator.LessThan, next));
                    return true;
                case VersComparator.LessThan or VersComparator.GreaterThanOrEqual:
                    constraints.Add(new VersConstraint(comparator, low));
                    return true;
                default:
                    return false;
            }
        }

        if (comparator == VersComparator.Equal && !isRange && WholeVersion().IsMatch(rest) && VersionSchemes.Firmware.TryParse(rest, out var whole))
        {
            // "1.3.1 Build 13", "4.20 SR1": the firmware scheme reads the build and service-pack markers.
            constraints.Add(new VersConstraint(comparator, whole));
            return true;
        }

        var token = Token().Match(rest);
        if (comparator != VersComparator.Equal && !token.Success && rest.Length > 0 && !rest.Any(char.IsWhiteSpace) && VersionSchemes.Firmware.TryParse(rest, out var word))
        {
            // "<=smart3250-2.6.27-wlan2.1.7.cramfs" (ICSMA-22-244-01): a firmware file name as the bound, read whole.
            constraints.Add(new VersConstraint(comparator, word));
            return true;
        }

        if (!token.Success || (!isRange && comparator == VersComparator.Equal && token.Length != rest.Length && char.IsLetterOrDigit(rest[token.Length])))
        {
            return false;
        }

        if (!VersionSchemes.Firmware.TryParse(token.Value, out var version))
        {
            return false;
        }

        constraints.Add(new VersConstraint(comparator, version));
        return true;
    }

    private static VersComparator Comparator(string part, out int length)
    {
        (var comparator, length) = part switch
        {
            ['<', '=', ..] => (VersComparator.LessThanOrEqual, 2),
            ['>', '=', ..] => (VersComparator.GreaterThanOrEqual, 2),
            ['!', '=', ..] => (VersComparator.NotEqual, 2),
            ['=', '=', ..] => (VersComparator.Equal, 2),
            ['<', ..] => (VersComparator.LessThan, 1),
            ['>', ..] => (VersComparator.GreaterThan, 1),
            ['=', ..] => (VersComparator.Equal, 1),
            _ => (VersComparator.Equal, 0),
        };
        return comparator;
    }

    /// <summary>
    /// A version-like token: an optional short letter prefix (<c>V</c>, <c>B.</c>, <c>U</c>, <c>GEH-</c>), digits with the
    /// letters and digits run on (<c>012U000061</c>, <c>2490C</c>), and parts after '.', '-' or '/'
    /// (<c>5.17.1-754993421</c>, <c>CMS7.820.075.08/0.740.75</c>), a spaced build letter (<c>3.0 D15</c>) and a service pack (<c>1.8.4 Service Pack 01</c>); or a lone
    /// revision letter (<c>K</c>, <c>N.0</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:[A-Za-z]{1,3}[ .\-]?)?\d+[0-9A-Za-z]*(?:[.\-/][0-9A-Za-z]+)*(?:\s[A-Za-z]\d+(?=$|\s)|\s+service\s+pack\s*\d+)?|[A-Za-z](?:\.\d+)*(?![0-9A-Za-z]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Token();

    /// <summary>"Rev J-M", "J - M": a range of revision letters.</summary>
    [GeneratedRegex(@"^(?:rev(?:ision)?s?\.?\s*)?([A-Za-z])\s*-\s*([A-Za-z])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LetterRevisions();

    /// <summary>A parenthesised remark at the end of the text, after something else.</summary>
    [GeneratedRegex(@"\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingRemark();

    /// <summary>"2.3.6 and below", "9.19 and prior", "4.0 or earlier": the version, then words meaning "and earlier".</summary>
    [GeneratedRegex(@"^(\S+)\s+(?:and|or)\s+(?:below|prior|earlier|lower|older)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AndEarlier();

    /// <summary>
    /// A version with build or service-pack words only: digits, dots, spaces and the firmware scheme's markers, a marker
    /// without its number included ("1.1.3 MR Build 11": the firmware scheme ignores a bare marker).
    /// </summary>
    [GeneratedRegex(@"^[vV]?\d+(?:\.\d+)*(?:\s*(?:build|bld|sp|sr|mr|patch|rev|update|hotfix)(?:\s*\d+)?)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WholeVersion();

    /// <summary>A major version alone: one or two digits.</summary>
    [GeneratedRegex(@"^\d{1,2}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MajorOnly();

    /// <summary><c>*</c> and a remark in words after it.</summary>
    [GeneratedRegex(@"^\*\s+[A-Za-z]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AllWithRemark();

    /// <summary><c>5.x.x</c>, <c>1.X</c>, <c>2.1.*</c>: the fixed numbers, then x or * parts.</summary>
    [GeneratedRegex(@"^[vV]?(\d+(?:\.\d+)*)(?:\.[xX*])+(?=$|\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Wildcard();
}
