using System.Globalization;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Versions.Native;

/// <summary>
/// The node-semver range reading of python semantic_version's <c>NpmSpec</c>, which univers uses for tilde, x-range
/// and hyphen ranges: each block becomes simple clauses, and a clause on a pre-release target also gets a companion
/// clause set limited to that release's pre-releases. Identical clauses and clause sets collapse, as in its sets.
/// </summary>
internal static class NpmSpec
{
    public static bool TryRead(string expression, List<(VersComparator Comparator, string Version)> output)
    {
        var groups = new List<List<Clause>>();
        foreach (var rawGroup in expression.Split("||"))
        {
            var group = rawGroup.Trim();
            if (group.Length == 0)
            {
                group = ">=0.0.0";
            }

            var clauses = new List<Clause>();
            var hyphen = group.IndexOf(" - ", StringComparison.Ordinal);
            if (hyphen >= 0)
            {
                if (!ParseSimple(">=" + group[..hyphen], clauses) || !ParseSimple("<=" + group[(hyphen + 3)..], clauses))
                {
                    return false;
                }
            }
            else if (group.Split(' ').Any(block => !ParseSimple(block, clauses)))
            {
                return false;
            }

            var prerelease = new List<Clause>();
            var release = new List<Clause>();
            foreach (var clause in clauses)
            {
                if (clause.Target.Prerelease.Length == 0)
                {
                    release.Add(clause);
                    continue;
                }

                if (clause.Comparator.IsGreater())
                {
                    prerelease.Add(new Clause(VersComparator.LessThan, clause.Target.Truncate() with { Patch = clause.Target.Patch + 1 }, Always: true));
                }
                else if (clause.Comparator.IsLess())
                {
                    prerelease.Add(new Clause(VersComparator.GreaterThanOrEqual, clause.Target.Truncate() with { Patch = 0 }, Always: true));
                }

                prerelease.Add(clause);
                release.Add(clause with { Target = clause.Target.Truncate() });
            }

            if (prerelease.Count > 0)
            {
                AddGroup(groups, prerelease);
            }

            AddGroup(groups, release);
        }

        output.AddRange(groups.SelectMany(g => g).Select(c => (c.Comparator, c.Target.ToString())));
        return true;
    }

    private static void AddGroup(List<List<Clause>> groups, List<Clause> clauses)
    {
        var distinct = clauses.Distinct().ToList();
        if (!groups.Any(g => g.Count == distinct.Count && !g.Except(distinct).Any()))
        {
            groups.Add(distinct);
        }
    }

    /// <summary>semantic_version's <c>parse_simple</c> for one block such as <c>~1.2.3</c>, <c>1.x</c> or <c>&gt;=1.2</c>.</summary>
    private static bool ParseSimple(string block, List<Clause> clauses)
    {
        var i = block.StartsWith('v') ? 1 : 0;
        var prefix = block.AsSpan(i) switch
        {
            ['<', '=', ..] => "<=",
            ['>', '=', ..] => ">=",
            ['<', ..] => "<",
            ['>', ..] => ">",
            ['=', ..] => "=",
            ['^', ..] => "^",
            ['~', ..] => "~",
            _ => "",
        };
        i += prefix.Length;
        var parts = new long?[3];
        var given = 0;
        for (; given < 3; given++)
        {
            if (given > 0)
            {
                if (i >= block.Length || block[i] != '.')
                {
                    break;
                }

                i++;
            }

            if (i < block.Length && block[i] is 'x' or 'X' or '*')
            {
                i++;
                continue;
            }

            var digits = Digits.RunLength(block, i);
            if (digits == 0 || digits > 15 || (digits > 1 && block[i] == '0'))
            {
                return false;
            }

            parts[given] = long.Parse(block.AsSpan(i, digits), CultureInfo.InvariantCulture);
            i += digits;
        }

        var prerelease = ReadTail(block, ref i, '-');
        var build = ReadTail(block, ref i, '+');
        if (i != block.Length || given == 0 || prerelease is null || build is null)
        {
            return false;
        }

        var (major, minor, patch) = (parts[0], given > 1 ? parts[1] : null, given > 2 ? parts[2] : null);
        if ((major is null || minor is null || patch is null) && (prerelease.Length > 0 || build.Length > 0))
        {
            return false;
        }

        var target = new Target(major ?? 0, minor ?? 0, patch ?? 0, prerelease, prefix is "" or "=" ? build : "");
        if (major is null)
        {
            if (prefix is not ("" or "=" or ">="))
            {
                return false;
            }

            prefix = ">=";
        }

        clauses.AddRange(Expand(prefix, target, major is not null, minor is not null, patch is not null));
        return true;
    }

    private static IEnumerable<Clause> Expand(string prefix, Target target, bool hasMajor, bool hasMinor, bool hasPatch)
    {
        switch (prefix)
        {
            case "^":
                var high = target.Major != 0 ? target.Truncate().NextMajor()
                    : target.Minor != 0 ? target.Truncate().NextMinor()
                    : !hasMinor ? target.Truncate().NextMajor()
                    : !hasPatch ? target.Truncate().NextMinor()
                    : target.Truncate().NextPatch();
                return [new(VersComparator.GreaterThanOrEqual, target), new(VersComparator.LessThan, high)];
            case "~":
                return [new(VersComparator.GreaterThanOrEqual, target), new(VersComparator.LessThan, hasMinor ? target.NextMinor() : target.NextMajor())];
            case "" or "=":
                return !hasMajor ? [new(VersComparator.GreaterThanOrEqual, target)]
                    : !hasMinor ? [new(VersComparator.GreaterThanOrEqual, target), new(VersComparator.LessThan, target.NextMajor())]
                    : !hasPatch ? [new(VersComparator.GreaterThanOrEqual, target), new(VersComparator.LessThan, target.NextMinor())]
                    : [new(VersComparator.Equal, target)];
            case ">":
                return !hasMinor ? [new(VersComparator.GreaterThanOrEqual, target.NextMajor())]
                    : !hasPatch ? [new(VersComparator.GreaterThanOrEqual, target.NextMinor())]
                    : [new(VersComparator.GreaterThan, target)];
            case ">=":
                return [new(VersComparator.GreaterThanOrEqual, target)];
            case "<":
                return [new(VersComparator.LessThan, target)];
            default:
                return !hasMinor ? [new(VersComparator.LessThan, target.NextMajor())]
                    : !hasPatch ? [new(VersComparator.LessThan, target.NextMinor())]
                    : [new(VersComparator.LessThanOrEqual, target)];
        }
    }

    /// <summary>Reads <c>-prerelease</c> or <c>+build</c> (<c>[a-zA-Z0-9.-]*</c>); null when malformed.</summary>
    private static string? ReadTail(string block, ref int i, char marker)
    {
        if (i >= block.Length || block[i] != marker)
        {
            return "";
        }

        var start = ++i;
        while (i < block.Length && (char.IsAsciiLetterOrDigit(block[i]) || block[i] is '.' or '-'))
        {
            i++;
        }

        return block[start..i];
    }

    private readonly record struct Clause(VersComparator Comparator, Target Target, bool Always = false);

    /// <summary>A semantic_version <c>Version</c>, with its <c>next_*</c> rules for pre-releases.</summary>
    private readonly record struct Target(long Major, long Minor, long Patch, string Prerelease, string Build)
    {
        public Target Truncate() => this with { Prerelease = "", Build = "" };

        public Target NextMajor() => Prerelease.Length > 0 && Minor == 0 && Patch == 0 ? new(Major, 0, 0, "", "") : new(Major + 1, 0, 0, "", "");

        public Target NextMinor() => Prerelease.Length > 0 && Patch == 0 ? new(Major, Minor, 0, "", "") : new(Major, Minor + 1, 0, "", "");

        public Target NextPatch() => Prerelease.Length > 0 ? new(Major, Minor, Patch, "", "") : new(Major, Minor, Patch + 1, "", "");

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}")
            + (Prerelease.Length > 0 ? "-" + Prerelease : "") + (Build.Length > 0 ? "+" + Build : "");
    }
}
