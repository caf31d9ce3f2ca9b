using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Versions.Native;

/// <summary>
/// Conan version ranges (<c>&gt;1 &lt;2.0 || ^3.2</c>, <c>~2.5</c>, <c>*, include_prerelease=True</c>) read as univers'
/// copy of Conan's <c>VersionRange</c>: options after ',' are ignored, <c>||</c> separates alternatives, spaces
/// separate conditions, a trailing '-' (include pre-releases) is dropped, <c>*</c> is <c>&gt;=0.0.0</c>, and tilde and
/// caret bounds bump one item and end in '-' so that they exclude that release's pre-releases (<c>^3.2</c> →
/// <c>&gt;=3.2|&lt;4-</c>). An empty range means any release, as in Conan 2.
/// </summary>
internal static class ConanNativeRange
{
    public static void Read(NativeRangeBuilder range)
    {
        var expression = range.Native.Split(',')[0];
        foreach (var alternative in expression.Split("||"))
        {
            var conditions = alternative.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (conditions.Length == 0 && expression.Trim().Length == 0)
            {
                range.Add(VersComparator.GreaterThanOrEqual, "0.0.0");
            }

            foreach (var raw in conditions)
            {
                ReadCondition(range, raw.EndsWith('-') ? raw[..^1] : raw);
            }
        }
    }

    private static void ReadCondition(NativeRangeBuilder range, string condition)
    {
        if (condition is "" or "*")
        {
            range.Add(VersComparator.GreaterThanOrEqual, "0.0.0");
            return;
        }

        var (comparator, length) = condition switch
        {
            ['>', '=', ..] => (VersComparator.GreaterThanOrEqual, 2),
            ['<', '=', ..] => (VersComparator.LessThanOrEqual, 2),
            ['>', ..] => (VersComparator.GreaterThan, 1),
            ['<', ..] => (VersComparator.LessThan, 1),
            ['=' or '^' or '~', ..] => (VersComparator.Equal, 1),
            _ => (VersComparator.Equal, 0),
        };
        var version = condition[length..];
        if (version.Length == 0)
        {
            range.Fail($"'{condition}' has no version");
            return;
        }

        if (condition[0] is '~' or '^')
        {
            var items = version.Split('-', '+')[0].Split('.');
            var index = condition[0] == '~'
                ? (items.Length > 1 ? 1 : 0)
                : Math.Max(0, Array.FindIndex(items, item => !IsZero(item)) is var found and >= 0 ? found : items.Length);
            if (index >= items.Length || !long.TryParse(items[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bumped))
            {
                range.Fail($"'{condition}' cannot be bumped: item {index} is not a number");
                return;
            }

            range.Add(VersComparator.GreaterThanOrEqual, version);
            range.Add(VersComparator.LessThan, string.Join('.', items.Take(index).Select(Normalise).Append((bumped + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "-");
            return;
        }

        range.Add(comparator, version);
    }

    private static bool IsZero(string item) => Digits.All(item) && item.TrimStart('0').Length == 0;

    /// <summary>Python's <c>str(int(item))</c> for numeric items.</summary>
    private static string Normalise(string item) => Digits.All(item) ? (item.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0") : item;
}
