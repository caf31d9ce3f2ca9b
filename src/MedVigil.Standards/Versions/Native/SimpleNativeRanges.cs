using System.Globalization;
using MedVigil.Standards.Versions.Schemes;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Versions.Native;

/// <summary>The short native notations: RubyGems requirements, nginx advisories, NuGet intervals, OpenSSL lists, PyPI specifiers.</summary>
internal static class SimpleNativeRanges
{
    // In these tables Any marks an operator with no single vers comparator: '~>' expands to two, '~=' and '===' are refused.
    private static readonly (string Native, VersComparator Vers)[] GemComparators =
    [
        ("!=", VersComparator.NotEqual), (">=", VersComparator.GreaterThanOrEqual), ("<=", VersComparator.LessThanOrEqual),
        ("~>", VersComparator.Any), ("=", VersComparator.Equal), (">", VersComparator.GreaterThan), ("<", VersComparator.LessThan),
    ];

    private static readonly (string Native, VersComparator Vers)[] PypiComparators =
    [
        ("===", VersComparator.Any), ("~=", VersComparator.Any), ("==", VersComparator.Equal), ("!=", VersComparator.NotEqual),
        ("<=", VersComparator.LessThanOrEqual), (">=", VersComparator.GreaterThanOrEqual), ("<", VersComparator.LessThan), (">", VersComparator.GreaterThan),
    ];

    /// <summary>RubyGems requirements separated by ','; <c>~&gt; 2.0.8</c> means <c>&gt;=2.0.8|&lt;2.1</c> (Gem::Version#bump).</summary>
    public static void ReadGem(NativeRangeBuilder range)
    {
        foreach (var requirement in range.Native.Split(','))
        {
            var text = requirement.Trim();
            var match = Array.FindIndex(GemComparators, c => text.StartsWith(c.Native, StringComparison.Ordinal));
            var version = (match < 0 ? text : text[GemComparators[match].Native.Length..]).Trim();
            if (match >= 0 && GemComparators[match].Native == "~>")
            {
                range.Add(VersComparator.GreaterThanOrEqual, version);
                if (VersionSchemes.RubyGems.TryParse(version, out var parsed))
                {
                    range.Add(VersComparator.LessThan, Bump((RubyGemsVersion)parsed));
                }

                continue;
            }

            range.Add(match < 0 ? VersComparator.Equal : GemComparators[match].Vers, version);
        }
    }

    /// <summary>
    /// nginx advisory ranges: <c>all</c>; comma-separated <c>a-b</c> (inclusive), <c>x+</c> (this and later in its branch:
    /// up to the next minor for a stable, even minor; open for mainline) and single versions.
    /// </summary>
    public static void ReadNginx(NativeRangeBuilder range)
    {
        var cleaned = string.Concat(range.Native.Where(c => c != ' ')).ToLowerInvariant();
        if (cleaned == "all")
        {
            range.Add(VersComparator.Any, "");
            return;
        }

        foreach (var clause in cleaned.Split(','))
        {
            var dash = clause.IndexOf('-');
            if (dash >= 0)
            {
                range.Add(VersComparator.GreaterThanOrEqual, clause[..dash]);
                range.Add(VersComparator.LessThanOrEqual, clause[(dash + 1)..]);
            }
            else if (clause.EndsWith('+'))
            {
                var version = clause.TrimEnd('+');
                range.Add(VersComparator.GreaterThanOrEqual, version);
                var parts = version.Split('.');
                if (parts.Length > 1 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) && minor % 2 == 0)
                {
                    range.Add(VersComparator.LessThan, $"{parts[0]}.{minor + 1}.0");
                }
            }
            else
            {
                range.Add(VersComparator.Equal, clause);
            }
        }
    }

    /// <summary>Maven/NuGet interval notation: <c>[1.0,2.0)</c>, <c>(,1.0]</c>, <c>[1.0]</c>, several separated by ','.</summary>
    public static void ReadInterval(NativeRangeBuilder range)
    {
        var text = string.Concat(range.Native.Where(c => c != ' '));
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (text[i] is not ('[' or '('))
            {
                var comma = text.IndexOf(',', i);
                range.Add(VersComparator.GreaterThanOrEqual, comma < 0 ? text[i..] : text[i..comma]);
                i = comma < 0 ? text.Length : comma;
                continue;
            }

            var close = text.IndexOfAny([']', ')'], i);
            if (close < 0)
            {
                range.Fail($"the interval at position {i} is not closed");
                return;
            }

            var bounds = text[(i + 1)..close].Split(',');
            if (bounds.Length == 1)
            {
                range.Add(VersComparator.Equal, bounds[0]);
            }
            else
            {
                if (bounds[0].Length > 0)
                {
                    range.Add(text[i] == '[' ? VersComparator.GreaterThanOrEqual : VersComparator.GreaterThan, bounds[0]);
                }

                if (bounds[1].Length > 0)
                {
                    range.Add(text[close] == ']' ? VersComparator.LessThanOrEqual : VersComparator.LessThan, bounds[1]);
                }
            }

            i = close + 1;
        }
    }

    /// <summary>OpenSSL advisories list affected versions separated by ','.</summary>
    public static void ReadOpenSsl(NativeRangeBuilder range)
    {
        foreach (var version in string.Concat(range.Native.Where(c => c != ' ')).ToLowerInvariant().Split(','))
        {
            range.Add(VersComparator.Equal, version);
        }
    }

    /// <summary>PEP 440 specifiers separated by ','; <c>~=</c>, <c>===</c> and <c>.*</c> wildcards are refused as univers does.</summary>
    public static void ReadPypi(NativeRangeBuilder range)
    {
        foreach (var specifier in string.Concat(range.Native.Where(c => c != ' ')).Split(','))
        {
            var match = Array.FindIndex(PypiComparators, c => specifier.StartsWith(c.Native, StringComparison.Ordinal));
            if (match < 0 || PypiComparators[match].Vers == VersComparator.Any || specifier.EndsWith(".*", StringComparison.Ordinal))
            {
                range.Fail($"'{specifier}' is not a PEP 440 specifier MedVigil can turn into vers (~=, === and .* are not supported)");
                return;
            }

            range.Add(PypiComparators[match].Vers, specifier[PypiComparators[match].Native.Length..]);
        }
    }

    /// <summary>Gem::Version#bump: drop letter segments and the last number, then increment the new last number.</summary>
    private static string Bump(RubyGemsVersion version)
    {
        var segments = version.Segments.ToList();
        while (segments.Any(s => !Digits.All(s)))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        if (segments.Count > 1)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        segments[^1] = (long.Parse(segments[^1], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        return string.Join('.', segments);
    }
}
