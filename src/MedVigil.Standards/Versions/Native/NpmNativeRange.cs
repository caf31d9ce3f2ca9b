using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Versions.Native;

/// <summary>
/// node-semver ranges (<c>&gt;=1.2.0 &lt;2.0.0 || ^3.1.0</c>) read as univers reads them: alternatives split by
/// <c>||</c>, a comparator may stand apart from its version (<c>&gt;= 1.0</c>), partial versions are completed
/// (<c>1.1</c> → <c>1.1.0</c>), carets expand to the next major/minor/patch, and tilde, x-ranges and hyphen ranges
/// follow semantic_version's NpmSpec.
/// </summary>
internal static class NpmNativeRange
{
    private static readonly (string Native, VersComparator Vers)[] Comparators =
    [
        ("==", VersComparator.Equal), ("<=", VersComparator.LessThanOrEqual), (">=", VersComparator.GreaterThanOrEqual),
        ("<", VersComparator.LessThan), (">", VersComparator.GreaterThan), ("=", VersComparator.Equal),
    ];

    public static void Read(NativeRangeBuilder range)
    {
        if (range.Native == "*")
        {
            range.Add(VersComparator.Any, "");
            return;
        }

        foreach (var alternative in range.Native.Split("||"))
        {
            if (alternative.Contains(" - ", StringComparison.Ordinal))
            {
                AddSpec(range, alternative);
                continue;
            }

            VersComparator? pending = null;
            var pendingText = "";
            foreach (var token in alternative.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var combined = pendingText + token;
                var standalone = Array.FindIndex(Comparators, c => c.Native == combined);
                if (standalone >= 0)
                {
                    (pending, pendingText) = (Comparators[standalone].Vers, combined);
                    continue;
                }

                if (pending is { } comparator)
                {
                    if (token.EndsWith(".x", StringComparison.Ordinal))
                    {
                        AddSpec(range, token);
                    }
                    else
                    {
                        AddCoerced(range, comparator, token.TrimStart('v', 'V'));
                    }
                }
                else if (token.StartsWith('^'))
                {
                    AddCaret(range, token[1..]);
                }
                else if (token.EndsWith(".x", StringComparison.Ordinal) || token.StartsWith('~'))
                {
                    AddSpec(range, token);
                }
                else
                {
                    var (split, version) = NativeRangeBuilder.SplitRequirement(token, Comparators, VersComparator.Equal);
                    AddCoerced(range, split!.Value, version.TrimStart('v', 'V'));
                }

                (pending, pendingText) = (null, "");
            }
        }
    }

    private static void AddSpec(NativeRangeBuilder range, string expression)
    {
        var constraints = new List<(VersComparator, string)>();
        if (!NpmSpec.TryRead(expression, constraints))
        {
            range.Fail($"'{expression}' is not a node-semver range this reader understands");
            return;
        }

        foreach (var (comparator, version) in constraints)
        {
            range.Add(comparator, version);
        }
    }

    /// <summary>univers' caret: &gt;= the version, &lt; the next major (or minor for 0.x, patch for 0.0.x).</summary>
    private static void AddCaret(NativeRangeBuilder range, string text)
    {
        if (SemanticCoercion.Coerce(text) is not { } coerced)
        {
            range.Fail($"'^{text}' does not hold a version");
            return;
        }

        var core = coerced.Split('-', '+')[0].Split('.').Select(long.Parse).ToArray();
        var upper = core[0] != 0 ? $"{core[0] + 1}.0.0" : core[1] != 0 ? $"0.{core[1] + 1}.0" : $"0.0.{core[2] + 1}";
        range.Add(VersComparator.GreaterThanOrEqual, coerced);
        range.Add(VersComparator.LessThan, upper);
    }

    private static void AddCoerced(NativeRangeBuilder range, VersComparator comparator, string text)
    {
        if (SemanticCoercion.Coerce(text) is { } coerced)
        {
            range.Add(comparator, coerced);
        }
        else
        {
            range.Fail($"'{text}' is not a version");
        }
    }
}
