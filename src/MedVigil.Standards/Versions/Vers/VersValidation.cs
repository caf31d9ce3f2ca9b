namespace MedVigil.Standards.Versions.Vers;

/// <summary>The <c>vers</c> validation rules (specification §5.4) and the sort order of constraints.</summary>
internal static class VersValidation
{
    /// <summary>The first rule the constraints break, with the index of the offending constraint; null when valid.</summary>
    public static (int Index, string Reason)? FindProblem(IReadOnlyList<VersConstraint> constraints)
    {
        if (constraints.Count == 1 && constraints[0].Comparator == VersComparator.Any)
        {
            return null;
        }

        for (var i = 1; i < constraints.Count; i++)
        {
            var order = constraints[i - 1].Version!.CompareTo(constraints[i].Version);
            if (order >= 0)
            {
                return (i, order == 0
                    ? $"the version '{constraints[i].Version}' appears more than once"
                    : "constraints are not sorted by version");
            }
        }

        // Ignoring '!=': an equality may be followed only by '=', '>' or '>='.
        var previous = -1;
        for (var i = 0; i < constraints.Count; i++)
        {
            if (constraints[i].Comparator == VersComparator.NotEqual)
            {
                continue;
            }

            if (previous >= 0 && constraints[previous].Comparator == VersComparator.Equal && constraints[i].Comparator.IsLess())
            {
                return (i, $"'{constraints[previous]}' cannot be followed by '{constraints[i]}': an equality is followed only by '=', '>' or '>='");
            }

            previous = i;
        }

        // Ignoring '!=' and '=': '<'/'<=' and '>'/'>=' must alternate.
        previous = -1;
        for (var i = 0; i < constraints.Count; i++)
        {
            if (constraints[i].Comparator is VersComparator.NotEqual or VersComparator.Equal)
            {
                continue;
            }

            if (previous >= 0 && constraints[previous].Comparator.IsLess() == constraints[i].Comparator.IsLess())
            {
                return (i, $"'{constraints[previous]}' cannot be followed by '{constraints[i]}': lower and upper bounds must alternate");
            }

            previous = i;
        }

        return null;
    }

    /// <summary>Sorts by version, then comparator, keeping the input order of identical constraints.</summary>
    public static void SortStable(List<VersConstraint> constraints)
    {
        var sorted = constraints
            .Select((constraint, index) => (constraint, index))
            .OrderBy(item => item, Comparer<(VersConstraint Constraint, int Index)>.Create(CompareForSort))
            .Select(item => item.constraint)
            .ToList();
        constraints.Clear();
        constraints.AddRange(sorted);
    }

    private static int CompareForSort((VersConstraint Constraint, int Index) left, (VersConstraint Constraint, int Index) right)
    {
        if (left.Constraint.Version is null || right.Constraint.Version is null)
        {
            return left.Index.CompareTo(right.Index);
        }

        var result = left.Constraint.Version.CompareTo(right.Constraint.Version);
        if (result == 0)
        {
            result = left.Constraint.Comparator.CompareTo(right.Constraint.Comparator);
        }

        return result != 0 ? result : left.Index.CompareTo(right.Index);
    }
}
