using System.Globalization;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Matching;

/// <summary>The outcome of testing a version against a constraint.</summary>
internal enum VersionOutcome
{
    Outside,
    Inside,
    Ambiguous,
}

/// <summary>
/// Tests a component's version against a statement's constraint under the constraint's scheme, and says how: the
/// bounds around the version (<c>2.1.0 &lt; 2.3.0 fixed (semver)</c>), or why it could not tell.
/// </summary>
internal static class VersionCheck
{
    public static VersionOutcome Test(VersionConstraint constraint, InternedComponent component, out string comparison)
    {
        var outcome = Test(constraint, component);
        comparison = outcome == VersionOutcome.Outside ? "" : Comparison(constraint, component);
        return outcome;
    }

    public static VersionOutcome Test(VersRange range, IReadOnlyDictionary<string, string> labels, InternedComponent component, out string comparison)
    {
        var outcome = Test(range, component);
        comparison = outcome == VersionOutcome.Outside ? "" : Comparison(range, labels, component);
        return outcome;
    }

    /// <summary>The outcome alone, without writing how (the hot path: the text is written when it is read).</summary>
    public static VersionOutcome Test(VersionConstraint constraint, InternedComponent component) => constraint.Kind switch
    {
        VersionConstraintKind.All => VersionOutcome.Inside,
        VersionConstraintKind.Unreadable => VersionOutcome.Ambiguous,
        _ => Test(constraint.Range!, component),
    };

    public static VersionOutcome Test(VersRange range, InternedComponent component) =>
        component.Version is null || component.VersionUnder(range.Scheme) is not { } version ? VersionOutcome.Ambiguous
        : range.Contains(version) ? VersionOutcome.Inside
        : VersionOutcome.Outside;

    /// <summary>How a version inside (or possibly inside) the constraint compares with it.</summary>
    public static string Comparison(VersionConstraint constraint, InternedComponent component) => constraint.Kind switch
    {
        VersionConstraintKind.All => $"all versions ({constraint.Written})",
        VersionConstraintKind.Unreadable =>
            $"the statement's versions '{constraint.Written}' cannot be read, so version {component.Version ?? "(none)"} may or may not be covered",
        _ => Comparison(constraint.Range!, constraint.BoundLabels, component),
    };

    private static string Comparison(VersRange range, IReadOnlyDictionary<string, string> labels, InternedComponent component)
    {
        if (component.Version is null)
        {
            return $"the component has no version, and the statement covers only {range}";
        }

        return component.VersionUnder(range.Scheme) is not { } version
            ? $"version '{component.Version}' cannot be read as {range.Scheme.Name}, and the statement covers {range}"
            : Describe(range, labels, version);
    }

    /// <summary>The constraints that bound <paramref name="version"/> from below and above, as comparisons.</summary>
    public static string Describe(VersRange range, IReadOnlyDictionary<string, string> labels, SchemeVersion version)
    {
        VersConstraint? lower = null, upper = null;
        foreach (var c in range.Constraints)
        {
            if (c.Comparator == VersComparator.Equal && c.Version!.Equals(version))
            {
                return $"{version} = {c.Version}{Label(labels, c)} ({range.Scheme.Name})";
            }

            if (c.Comparator.IsGreater() && c.Version!.CompareTo(version) <= 0)
            {
                lower = c;
            }

            if (c.Comparator.IsLess() && c.Version!.CompareTo(version) >= 0 && upper is null)
            {
                upper = c;
            }
        }

        var parts = new List<string>();
        if (lower is { } low)
        {
            parts.Add($"{version} {(low.Comparator == VersComparator.GreaterThan ? ">" : ">=")} {low.Version}{Label(labels, low)}");
        }

        if (upper is { } up)
        {
            parts.Add($"{version} {(up.Comparator == VersComparator.LessThan ? "<" : "<=")} {up.Version}{Label(labels, up)}");
        }

        return parts.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{version} in {range}")
            : string.Join(" and ", parts) + $" ({range.Scheme.Name})";
    }

    private static string Label(IReadOnlyDictionary<string, string> labels, VersConstraint constraint) =>
        labels.TryGetValue(constraint.Version!.Text, out var label) ? " " + label : "";
}
