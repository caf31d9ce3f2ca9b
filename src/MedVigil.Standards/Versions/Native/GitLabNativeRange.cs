using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Versions.Native;

/// <summary>
/// GitLab advisory ranges as univers' <c>from_gitlab_native</c> reads them: <c>||</c> and spaces (commas for PyPI)
/// separate constraints, a comparator may stand apart from its version, and versions are completed as the scheme's
/// vers form requires (npm and Go versions to three numbers, a Go <c>v</c> dropped).
/// </summary>
internal static class GitLabNativeRange
{
    private static readonly (string Native, VersComparator Vers)[] Comparators =
    [
        ("==", VersComparator.Equal), ("!=", VersComparator.NotEqual), ("<=", VersComparator.LessThanOrEqual),
        (">=", VersComparator.GreaterThanOrEqual), ("<", VersComparator.LessThan), (">", VersComparator.GreaterThan),
        ("=", VersComparator.Equal),
    ];

    public static void Read(NativeRangeBuilder range)
    {
        var scheme = range.Scheme;
        var separator = scheme == "pypi" ? ',' : ' ';
        VersComparator? pending = null;
        var pendingText = "";
        foreach (var item in range.Native.Split("||").SelectMany(part => part.Split(separator)))
        {
            if (item.Length == 0)
            {
                continue;
            }

            var standalone = Array.FindIndex(Comparators, c => c.Native == pendingText + item);
            if (standalone >= 0)
            {
                (pending, pendingText) = (Comparators[standalone].Vers, pendingText + item);
                continue;
            }

            var (comparator, version) = pending is { } given
                ? (given, item)
                : NativeRangeBuilder.SplitRequirement(item, Comparators, VersComparator.Equal) is var (split, text) ? (split!.Value, text) : default;
            range.Add(comparator, Complete(scheme, version.Trim()));
            (pending, pendingText) = (null, "");
        }
    }

    private static string Complete(string scheme, string version) => scheme switch
    {
        "npm" => SemanticCoercion.Coerce(version) ?? version,
        "golang" => SemanticCoercion.Coerce(version.TrimStart('v', 'V')) ?? version,
        _ => version,
    };
}
