using System.Text.RegularExpressions;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Reads the versions CSAF product branches name, tolerantly, into firmware-scheme constraints: <c>vers:</c> ranges
/// (<c>vers:all/*</c> = all versions); <c>vls:</c> ranges and bare comparator lists (<c>&lt;= 2.3.6</c>,
/// <c>&lt;V4.00_Utilizes_Wibu-Systems_CodeMeter_7.60c</c>, <c>&lt;= U61 |&lt;= L81</c>) whose version is the leading
/// version-like token; <c>5.x.x</c> / <c>1.X</c> as every version starting so. Anything else is unreadable.
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

        var constraints = new List<VersConstraint>();
        foreach (var part in trimmed.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Part(part, isRange, constraints))
            {
                return VersionConstraint.Unreadable(text);
            }
        }

        return constraints.Count == 0 ? VersionConstraint.Unreadable(text) : VersionConstraint.Of(VersRange.Create(VersionSchemes.Firmware, constraints), text);
    }

    private static bool Part(string part, bool isRange, List<VersConstraint> constraints)
    {
        var comparator = Comparator(part, out var length);
        var rest = part[length..].Trim();
        if (Wildcard().Match(rest) is { Success: true } wildcard)
        {
            // 5.x.x: from 5 up to (not including) 6; 2.1.x: from 2.1 up to 2.2.
            var numbers = wildcard.Groups[1].Value.Split('.');
            var next = string.Join('.', numbers[..^1].Append((long.Parse(numbers[^1], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            constraints.Add(new VersConstraint(VersComparator.GreaterThanOrEqual, VersionSchemes.Firmware.Parse(wildcard.Groups[1].Value)));
            constraints.Add(new VersConstraint(VersComparator.LessThan, VersionSchemes.Firmware.Parse(next)));
            return comparator == VersComparator.Equal;
        }

        var token = Token().Match(rest);
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

    /// <summary>A version-like token: an optional short letter prefix (<c>V</c>, <c>B.</c>, <c>U</c>), digits, and dotted parts.</summary>
    [GeneratedRegex(@"^(?:[A-Za-z]{1,3}[ .]?)?\d+(?:\.[0-9A-Za-z]+)*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Token();

    /// <summary><c>5.x.x</c>, <c>1.X</c>, <c>2.1.*</c>: the fixed numbers, then x or * parts.</summary>
    [GeneratedRegex(@"^[vV]?(\d+(?:\.\d+)*)(?:\.[xX*])+(?=$|\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Wildcard();
}
