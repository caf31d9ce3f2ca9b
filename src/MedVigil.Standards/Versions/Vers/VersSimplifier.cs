namespace MedVigil.Standards.Versions.Vers;

/// <summary>
/// The simplification of "How to parse and validate VERS": identical constraints collapse, then, ignoring '!=',
/// a '&gt;'/'&gt;=' swallows the '=', '&gt;' and '&gt;=' after it, and a '&lt;'/'&lt;=' swallows the '=', '&lt;' and '&lt;='
/// before it. This is what gives a sloppy range such as <c>&gt;=1.0|&gt;=1.5|&lt;2.0</c> its intended meaning
/// (<c>&gt;=1.0|&lt;2.0</c>); the containment rule alone would read it differently.
/// </summary>
internal static class VersSimplifier
{
    public static List<VersConstraint> Simplify(IReadOnlyList<VersConstraint> constraints)
    {
        if (constraints.Count < 2)
        {
            return [.. constraints];
        }

        var unique = constraints.Distinct(new SameConstraint()).ToList();
        var kept = new List<VersConstraint>();
        foreach (var constraint in unique.Where(c => c.Comparator != VersComparator.NotEqual))
        {
            var discard = false;
            while (kept.Count > 0)
            {
                var last = kept[^1].Comparator;
                if (last.IsGreater() && (constraint.Comparator == VersComparator.Equal || constraint.Comparator.IsGreater()))
                {
                    discard = true;
                    break;
                }

                if ((last == VersComparator.Equal || last.IsLess()) && constraint.Comparator.IsLess())
                {
                    kept.RemoveAt(kept.Count - 1);
                    continue;
                }

                break;
            }

            if (!discard)
            {
                kept.Add(constraint);
            }
        }

        kept.AddRange(unique.Where(c => c.Comparator == VersComparator.NotEqual));
        VersValidation.SortStable(kept);
        return kept;
    }

    /// <summary>Same comparator and equivalent version.</summary>
    private sealed class SameConstraint : IEqualityComparer<VersConstraint>
    {
        public bool Equals(VersConstraint x, VersConstraint y) => x.Comparator == y.Comparator && Equals(x.Version, y.Version);

        public int GetHashCode(VersConstraint obj) => HashCode.Combine(obj.Comparator, obj.Version);
    }
}
