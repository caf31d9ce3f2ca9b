using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Cpe;

namespace MedVigil.Matching;

/// <summary>Three-valued truth: a platform the target is not known to run on or not to run on is unknown.</summary>
internal enum Truth
{
    False,
    Unknown,
    True,
}

/// <summary>
/// Evaluates an NVD configuration tree whole against one target: every CPE its components carry plus its platform
/// CPEs. A vulnerable criterion is true when some component's CPE matches it (NISTIR 7696 with the wildcard guards)
/// and its version lies in the bounds; a platform criterion (<c>vulnerable: false</c>) likewise, and unknown when the
/// target names no CPE of that part (no operating system known, say). AND needs all, OR any, negate inverts. True
/// gives an affected finding on the component that matched a vulnerable criterion; unknown an under-investigation one.
/// </summary>
internal sealed class ConfigurationEvaluator(IReadOnlyList<InternedComponent> components)
{
    private readonly List<(CpeCriterion Criterion, InternedComponent Component, string Comparison)> _vulnerable = [];
    private readonly List<string> _unknowns = [];
    private readonly List<string> _platforms = [];

    public IReadOnlyList<(Hit Hit, InternedComponent Component)> Evaluate(ConfigurationStatement statement)
    {
        _vulnerable.Clear();
        _unknowns.Clear();
        _platforms.Clear();
        var truth = Node(statement.Root);
        if (truth == Truth.False || _vulnerable.Count == 0)
        {
            return [];
        }

        var status = truth == Truth.True ? FindingStatus.Affected : FindingStatus.UnderInvestigation;
        var context = _platforms.Count == 0 ? "" : "; running on " + string.Join(", ", _platforms.Distinct(StringComparer.Ordinal));
        var unknown = truth == Truth.Unknown ? "; not known whether the target runs on what the configuration requires: " + string.Join(", ", _unknowns.Distinct(StringComparer.Ordinal)) : "";
        return
        [
            .. _vulnerable.DistinctBy(v => v.Component.Id).Select(v => (new Hit(
                statement.Vulnerability.Primary, status, null, false, false,
                new Explanation(statement.ToString(), $"CPE {v.Component.Source.Cpe} matches {v.Criterion.Criteria}", v.Comparison + context + unknown, statement.Provenance)), v.Component))
        ];
    }

    private Truth Node(CpeConfigurationNode node)
    {
        var results = node.Nodes.Select(Node).Concat(node.Matches.Select(Criterion)).ToList();
        var truth = results.Count == 0 ? Truth.False
            : node.Operator == LogicalOperator.And ? results.Min() : results.Max();
        return !node.Negate ? truth : truth switch { Truth.True => Truth.False, Truth.False => Truth.True, _ => Truth.Unknown };
    }

    private Truth Criterion(CpeCriterion criterion)
    {
        var name = criterion.Criteria.With(CpeAttribute.Version, CpeValue.Any);
        var best = Truth.False;
        foreach (var component in components)
        {
            if (component.CpeWithoutVersion is not { } cpe)
            {
                continue;
            }

            var verdict = CpeName.EvaluateForVulnerability(name, cpe);
            if (verdict != CpeMatchVerdict.Match && (verdict != CpeMatchVerdict.PossibleMatch || component.Purl is not null))
            {
                // A loose CPE beside a purl was guessed from the package name; the purl is the identity.
                continue;
            }

            var truth = Version(criterion, component, out var comparison);
            if (truth == Truth.Unknown)
            {
                _unknowns.Add($"{criterion.Criteria}: {comparison}");
            }

            if (truth != Truth.False && criterion.Vulnerable)
            {
                _vulnerable.Add((criterion, component, comparison));
            }
            else if (truth == Truth.True)
            {
                _platforms.Add(component.Source.Cpe!);
            }

            best = (Truth)Math.Max((int)best, (int)truth);
        }

        if (best == Truth.False && !criterion.Vulnerable && !components.Any(c => c.Cpe?.Part == criterion.Criteria.Part))
        {
            _unknowns.Add($"{criterion.Criteria} (the target names no {criterion.Criteria.Part} CPE)");
            return Truth.Unknown;
        }

        return best;
    }

    private static Truth Version(CpeCriterion criterion, InternedComponent component, out string comparison)
    {
        if (criterion.UnreadableBounds is { } unreadable)
        {
            comparison = unreadable;
            return Truth.Unknown;
        }

        if (criterion.Bounds is { } bounds)
        {
            var outcome = VersionCheck.Test(bounds, EmptyLabels, component, out comparison);
            return outcome switch { VersionOutcome.Inside => Truth.True, VersionOutcome.Outside => Truth.False, _ => Truth.Unknown };
        }

        if (criterion.Criteria.Version.IsNotApplicable && criterion.Criteria.Part != CpePart.Hardware && criterion.Vulnerable)
        {
            comparison = "the criteria's version is '-' (no version) and it gives no bounds, so no component version can be tested";
            return Truth.Unknown;
        }

        comparison = "all versions (criteria version *, no bounds)";
        return Truth.True;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyLabels = new Dictionary<string, string>(StringComparer.Ordinal);
}
