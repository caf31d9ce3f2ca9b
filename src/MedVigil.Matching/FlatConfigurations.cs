using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Cpe;

namespace MedVigil.Matching;

/// <summary>
/// Most NVD configurations are a plain OR of vulnerable CPE matches: true for a target exactly when one of its
/// components matches one criterion, so each criterion is a component statement in all but name. Those are read as
/// CPE statements (evaluated once per distinct component and shared, like purl statements); only trees with AND,
/// negation or platform context (<c>vulnerable: false</c>) are evaluated whole per target.
/// </summary>
internal static class FlatConfigurations
{
    /// <summary>The configuration as one CPE statement per criterion, or null when it must be evaluated whole.</summary>
    public static List<AffectedStatement>? Split(ConfigurationStatement configuration)
    {
        if (!IsFlat(configuration.Root))
        {
            return null;
        }

        return [.. configuration.Criteria.Select(c => new AffectedStatement(
            configuration.Vulnerability, new CpeProduct(c.Criteria), Versions(c), FindingStatus.Affected, null,
            configuration.Provenance with { Pointer = c.Pointer }))];
    }

    /// <summary>The statements and the whole configurations of a set.</summary>
    public static (List<AffectedStatement> Statements, List<ConfigurationStatement> Whole) Of(StatementSet set)
    {
        var statements = new List<AffectedStatement>(set.Statements);
        var whole = new List<ConfigurationStatement>();
        foreach (var configuration in set.Configurations)
        {
            if (Split(configuration) is { } flat)
            {
                statements.AddRange(flat);
            }
            else
            {
                whole.Add(configuration);
            }
        }

        return (statements, whole);
    }

    private static bool IsFlat(CpeConfigurationNode node) =>
        node.Operator == LogicalOperator.Or && !node.Negate
        && node.Matches.All(m => m.Vulnerable) && node.Nodes.All(IsFlat);

    /// <summary>The criterion's bounds as a statement constraint, read as the whole-tree evaluator reads them.</summary>
    private static VersionConstraint Versions(CpeCriterion criterion)
    {
        if (criterion.UnreadableBounds is { } unreadable)
        {
            return VersionConstraint.Unreadable(unreadable);
        }

        if (criterion.Bounds is { } bounds)
        {
            return VersionConstraint.Of(bounds);
        }

        return criterion.Criteria.Version.IsNotApplicable && criterion.Criteria.Part != CpePart.Hardware
            ? VersionConstraint.Unreadable("'-' (no version) and no bounds")
            : VersionConstraint.All("all versions (criteria version *, no bounds)");
    }
}
