namespace MedVigil.Standards.Versions.Vers;

/// <summary>How a tested version compares with the version of constraint <c>index</c>: negative, zero or positive.</summary>
internal interface ITestedVersion
{
    int CompareWith(in VersConstraint constraint, int index);
}

/// <summary>
/// The containment check of "How to parse and validate VERS", written once for real versions and for the symbolic
/// positions the canonicaliser uses. It allocates nothing.
/// </summary>
internal static class VersContainment
{
    public static bool Contains<TTested>(ReadOnlySpan<VersConstraint> constraints, in TTested tested)
        where TTested : struct, ITestedVersion
    {
        if (constraints.Length == 1 && constraints[0].Comparator == VersComparator.Any)
        {
            return true;
        }

        var onlyExclusions = true;
        for (var i = 0; i < constraints.Length; i++)
        {
            var comparator = constraints[i].Comparator;
            if (tested.CompareWith(constraints[i], i) == 0)
            {
                if (comparator.IncludesEqual())
                {
                    return true;
                }

                if (comparator == VersComparator.NotEqual)
                {
                    return false;
                }
            }

            onlyExclusions &= comparator == VersComparator.NotEqual;
        }

        // A range of '!=' constraints alone means every version but those (univers reads a single '!=' so too).
        if (onlyExclusions)
        {
            return true;
        }

        // Walk the '<', '<=', '>', '>=' constraints: open below the first, open above the last, and between pairs.
        int previous = -1, first = -1, last = -1;
        for (var i = 0; i < constraints.Length; i++)
        {
            var comparator = constraints[i].Comparator;
            if (!comparator.IsLess() && !comparator.IsGreater())
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
                if (comparator.IsLess() && tested.CompareWith(constraints[i], i) < 0)
                {
                    return true;
                }
            }

            if (previous >= 0 && constraints[previous].Comparator.IsGreater() && comparator.IsLess()
                && tested.CompareWith(constraints[previous], previous) > 0 && tested.CompareWith(constraints[i], i) < 0)
            {
                return true;
            }

            previous = last = i;
        }

        return last >= 0 && constraints[last].Comparator.IsGreater() && tested.CompareWith(constraints[last], last) > 0;
    }
}

/// <summary>A real version tested against the constraints' versions.</summary>
internal readonly struct RealVersion(SchemeVersion version) : ITestedVersion
{
    public int CompareWith(in VersConstraint constraint, int index) => version.CompareTo(constraint.Version);
}
