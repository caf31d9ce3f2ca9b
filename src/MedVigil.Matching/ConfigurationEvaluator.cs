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
internal sealed class ConfigurationEvaluator
{
    private readonly List<InternedComponent> _withCpe;
    private readonly Dictionary<string, List<InternedComponent>> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<CpePart> _parts = [];
    private readonly List<InternedComponent> _loose = [];
    private readonly List<(CpeCriterion Criterion, InternedComponent Component, string Comparison)> _vulnerable = [];
    private readonly List<string> _unknowns = [];
    private readonly List<string> _platforms = [];

    public ConfigurationEvaluator(IReadOnlyList<InternedComponent> components)
    {
        // A criterion with a literal vendor and product can only match components filed under that key: a target's
        // few CPEs are looked up, not scanned, for every criterion of every configuration.
        _withCpe = [.. components.Where(c => c.Cpe is not null)];
        foreach (var component in _withCpe)
        {
            var cpe = component.Cpe!.Value;
            var key = CpeProduct.CpeKey(cpe);
            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }

            list.Add(component);
            _parts.Add(cpe.Part);
            if (cpe.Vendor.Literal is null || cpe.Product.Literal is null)
            {
                _loose.Add(component); // a wildcard vendor or product may match any criterion
            }
        }
    }

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
                new Explanation(statement.Provenance, Describe, statement, new[] { $"CPE {v.Component.Source.Cpe} matches {v.Criterion.Criteria}", v.Comparison + context + unknown })), v.Component))
        ];
    }

    /// <summary>The configuration tree's text is long: written only when the explanation is read.</summary>
    private static ExplanationText Describe(object statement, object? texts) =>
        new(statement.ToString()!, ((string[])texts!)[0], ((string[])texts)[1]);

    private Truth Node(CpeConfigurationNode node)
    {
        // Every child is evaluated (no short cut), so each criterion's matches and unknowns are recorded.
        var count = node.Nodes.Count + node.Matches.Count;
        if (count == 0)
        {
            return Negated(node, Truth.False);
        }

        var truth = node.Operator == LogicalOperator.And ? Truth.True : Truth.False;
        foreach (var child in node.Nodes)
        {
            truth = Combine(node.Operator, truth, Node(child));
        }

        foreach (var match in node.Matches)
        {
            truth = Combine(node.Operator, truth, Criterion(match));
        }

        return Negated(node, truth);
    }

    private static Truth Combine(LogicalOperator op, Truth a, Truth b) =>
        op == LogicalOperator.And ? (Truth)Math.Min((int)a, (int)b) : (Truth)Math.Max((int)a, (int)b);

    private static Truth Negated(CpeConfigurationNode node, Truth truth) =>
        !node.Negate ? truth : truth switch { Truth.True => Truth.False, Truth.False => Truth.True, _ => Truth.Unknown };

    private Truth Criterion(CpeCriterion criterion)
    {
        var name = criterion.AnyVersion;
        var best = Truth.False;
        var candidates = name.Vendor.Literal is not null && name.Product.Literal is not null
            ? (_byKey.GetValueOrDefault(criterion.IndexKey) ?? []).Concat(_loose)
            : _withCpe;
        foreach (var component in candidates)
        {
            var cpe = component.CpeWithoutVersion!.Value;

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

        if (best == Truth.False && !criterion.Vulnerable && !_parts.Contains(criterion.Criteria.Part))
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
