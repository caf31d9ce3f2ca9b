namespace MedVigil.Standards.Versions.Vers;

/// <summary>
/// Rewrites a range into the shortest valid range with the same members (as the containment rule reads them). The distinct versions of the
/// constraints cut the version line into points and the open gaps between them; each point and gap is tested with
/// the containment rule, and maximal runs of included pieces are written back as <c>&gt;=a|&lt;b</c>, <c>&gt;a</c>,
/// <c>&lt;=b</c> or a bare version, with <c>!=v</c> for a single excluded point inside a run and <c>*</c> for everything.
/// Beyond the specification's simplification, this also merges touching intervals.
/// </summary>
internal static class VersCanonicalizer
{
    public static VersConstraint[]? Canonicalize(VersConstraint[] constraints)
    {
        if (constraints.Length == 1 && constraints[0].Comparator == VersComparator.Any)
        {
            return constraints;
        }

        var points = DistinctVersions(constraints, out var pointOf);
        var regions = (2 * points.Count) + 1;
        var included = new bool[regions];
        for (var region = 0; region < regions; region++)
        {
            included[region] = VersContainment.Contains(constraints, new SymbolicVersion(region, pointOf));
        }

        var result = new List<VersConstraint>();
        var start = 0;
        while (start < regions)
        {
            if (!included[start])
            {
                start++;
                continue;
            }

            var end = start;
            var excluded = new List<int>();
            while (end + 1 < regions)
            {
                if (included[end + 1])
                {
                    end++;
                }
                else if (IsPoint(end + 1) && end + 2 < regions && included[end + 2] && !IsPoint(end))
                {
                    excluded.Add((end + 1) / 2);
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            WriteRun(start, end, regions, excluded, points, result);
            start = end + 1;
        }

        // Everything included writes no bound at all; nothing included cannot be written in vers.
        return included.All(x => x) ? [VersConstraint.Any] : result.Count == 0 ? null : [.. result];
    }

    private static void WriteRun(int start, int end, int regions, List<int> excluded, List<SchemeVersion> points, List<VersConstraint> result)
    {
        if (start == end && IsPoint(start))
        {
            result.Add(new VersConstraint(VersComparator.Equal, points[start / 2]));
            return;
        }

        if (start > 0)
        {
            result.Add(IsPoint(start)
                ? new VersConstraint(VersComparator.GreaterThanOrEqual, points[start / 2])
                : new VersConstraint(VersComparator.GreaterThan, points[(start / 2) - 1]));
        }

        result.AddRange(excluded.Select(point => new VersConstraint(VersComparator.NotEqual, points[point])));
        if (end < regions - 1)
        {
            result.Add(IsPoint(end)
                ? new VersConstraint(VersComparator.LessThanOrEqual, points[end / 2])
                : new VersConstraint(VersComparator.LessThan, points[end / 2]));
        }
    }

    /// <summary>Regions alternate gap, point, gap…: region 2k+1 is the k-th distinct version.</summary>
    private static bool IsPoint(int region) => region % 2 == 1;

    private static List<SchemeVersion> DistinctVersions(VersConstraint[] constraints, out int[] pointOf)
    {
        var sorted = constraints.Select(c => c.Version!).Order().ToList();
        var points = new List<SchemeVersion>();
        foreach (var version in sorted)
        {
            if (points.Count == 0 || points[^1].CompareTo(version) != 0)
            {
                points.Add(version);
            }
        }

        pointOf = [.. constraints.Select(c => points.FindIndex(p => p.CompareTo(c.Version) == 0))];
        return points;
    }

    /// <summary>A stand-in for "some version in region r", compared by position on the version line.</summary>
    private readonly struct SymbolicVersion(int region, int[] pointOf) : ITestedVersion
    {
        public int CompareWith(in VersConstraint constraint, int index) => region.CompareTo((2 * pointOf[index]) + 1);
    }
}
