namespace MedVigil.Standards.Versions.Vers;

/// <summary>
/// A <c>vers</c> comparator. The declaration order is the tie-break order for constraints on equal versions when a
/// range is sorted (<c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>=</c>, <c>&gt;</c>, <c>&gt;=</c>, as univers sorts them).
/// </summary>
public enum VersComparator
{
    NotEqual,
    LessThan,
    LessThanOrEqual,
    Equal,
    GreaterThan,
    GreaterThanOrEqual,

    /// <summary><c>*</c>: every version; it stands alone.</summary>
    Any,
}

/// <summary>Spelling and meaning of <see cref="VersComparator"/> values.</summary>
public static class VersComparators
{
    /// <summary>The comparator as written in a <c>vers</c>; equality is written as nothing.</summary>
    public static string Symbol(this VersComparator comparator) => comparator switch
    {
        VersComparator.NotEqual => "!=",
        VersComparator.LessThan => "<",
        VersComparator.LessThanOrEqual => "<=",
        VersComparator.Equal => "",
        VersComparator.GreaterThan => ">",
        VersComparator.GreaterThanOrEqual => ">=",
        _ => "*",
    };

    public static bool IsLess(this VersComparator comparator) => comparator is VersComparator.LessThan or VersComparator.LessThanOrEqual;

    public static bool IsGreater(this VersComparator comparator) => comparator is VersComparator.GreaterThan or VersComparator.GreaterThanOrEqual;

    /// <summary>True for the comparators a version equal to the constraint's satisfies (=, &lt;=, &gt;=).</summary>
    public static bool IncludesEqual(this VersComparator comparator) =>
        comparator is VersComparator.Equal or VersComparator.LessThanOrEqual or VersComparator.GreaterThanOrEqual;

    /// <summary>Reads a leading comparator; <paramref name="length"/> is how many characters it took (0 for equality).</summary>
    internal static VersComparator Read(ReadOnlySpan<char> text, out int length)
    {
        (var comparator, length) = text switch
        {
            ['>', '=', ..] => (VersComparator.GreaterThanOrEqual, 2),
            ['<', '=', ..] => (VersComparator.LessThanOrEqual, 2),
            ['!', '=', ..] => (VersComparator.NotEqual, 2),
            ['<', ..] => (VersComparator.LessThan, 1),
            ['>', ..] => (VersComparator.GreaterThan, 1),
            _ => (VersComparator.Equal, 0),
        };
        return comparator;
    }
}
