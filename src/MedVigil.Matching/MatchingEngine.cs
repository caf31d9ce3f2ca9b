using MedVigil.Domain.Matching;

namespace MedVigil.Matching;

/// <summary>
/// The matching engine (ADR 0018): holds statements and targets in indexes, interns components so each distinct
/// (package, version) is evaluated once, and returns explained findings. <see cref="EvaluateAll"/> evaluates
/// everything; <see cref="AddStatements"/> evaluates only a new advisory's statements against the components already
/// held, and <see cref="AddTarget"/> only a new or changed target against the statements. Not thread-safe: one
/// writer at a time.
/// </summary>
public sealed class MatchingEngine
{
    private readonly StatementIndex _statements;
    private readonly Dictionary<string, InternedComponent> _components = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InternedComponent>> _componentsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TargetState> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<InternedComponent>> _componentsByVulnerability = new(StringComparer.Ordinal);

    /// <param name="aliases">
    /// The manufacturer alias table both statements and device facts are read through (ADR 0019); the shipped table when
    /// null, <see cref="ManufacturerAliases.None"/> for names as written only.
    /// </param>
    public MatchingEngine(ManufacturerAliases? aliases = null)
    {
        _statements = new StatementIndex(aliases ?? ManufacturerAliases.Shipped);
    }

    /// <summary>Distinct (package, version) components held.</summary>
    public int ComponentCount => _components.Count;

    public int StatementCount => _statements.Count;

    public int TargetCount => _targets.Count;

    /// <summary>Adds statements without evaluating them (for loading before <see cref="EvaluateAll"/>).</summary>
    public void LoadStatements(StatementSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        Load(FlatConfigurations.Of(set));
    }

    private void Load((List<AffectedStatement> Statements, List<ConfigurationStatement> Whole) split)
    {
        foreach (var statement in split.Statements)
        {
            _statements.Add(statement);
        }

        foreach (var configuration in split.Whole)
        {
            _statements.Add(configuration);
        }
    }

    /// <summary>Adds or replaces a target without evaluating it (for loading before <see cref="EvaluateAll"/>).</summary>
    public void LoadTarget(MatchTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (_targets.TryGetValue(target.Id, out var old))
        {
            foreach (var component in old.Components)
            {
                component.Targets.Remove(target.Id);
            }
        }

        var components = new List<InternedComponent>(target.Components.Count + (target.Platforms?.Count ?? 0));
        foreach (var source in target.Components.Concat((target.Platforms ?? []).Select(p => new InventoryComponent(null, p, null, null))))
        {
            var component = Intern(source);
            if (component.Targets.Add(target.Id))
            {
                components.Add(component);
            }
        }

        var device = target.Device is { } facts
            ? new InternedComponent(-1, new InventoryComponent(null, null, facts.Model, facts.SoftwareVersion, facts.Manufacturer))
            : null;
        _targets[target.Id] = new TargetState(target, components, device);
    }

    /// <summary>
    /// Evaluates every statement against every target: each distinct component once, then each target's own
    /// (device, configuration) hits, on every core. The engine's state is written only by the sequential steps.
    /// </summary>
    public MatchResults EvaluateAll()
    {
        _componentsByVulnerability.Clear();
        var components = _components.Values.ToArray();
        Parallel.ForEach(components, component =>
        {
            component.Hits.Clear();
            foreach (var key in ComponentEvaluator.Keys(component))
            {
                foreach (var statement in _statements.Statements(key))
                {
                    if (ComponentEvaluator.Evaluate(statement, component) is { } hit)
                    {
                        component.Hits.Add(hit);
                    }
                }
            }

            component.Decisions = component.Hits.Count == 0 ? null : Precedence.DecideAll(component.Hits);
        });

        foreach (var component in components)
        {
            foreach (var hit in component.Hits)
            {
                File(component, hit.VulnerabilityId);
            }
        }

        var targets = _targets.Values.ToArray();
        var findings = new TargetFindings[targets.Length];
        Parallel.For(0, targets.Length, i => findings[i] = Findings(targets[i], null));
        return new MatchResults(findings);
    }

    /// <summary>
    /// Adds one advisory's statements and evaluates only them: the findings returned are those of the (target,
    /// vulnerability) pairs they touch, decided with every statement held.
    /// </summary>
    public MatchResults AddStatements(StatementSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var (statements, configurations) = FlatConfigurations.Of(set);
        Load((statements, configurations));
        var touchedVulnerabilities = new HashSet<string>(StringComparer.Ordinal);
        var touched = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Touch(IEnumerable<string> targets, string vulnerability)
        {
            foreach (var target in targets)
            {
                if (!touched.TryGetValue(target, out var set2))
                {
                    touched[target] = set2 = new HashSet<string>(StringComparer.Ordinal);
                }

                set2.Add(vulnerability);
            }
        }

        foreach (var statement in statements)
        {
            foreach (var component in _componentsByKey.GetValueOrDefault(statement.Product.IndexKey) ?? [])
            {
                if (ComponentEvaluator.Evaluate(statement, component) is { } hit)
                {
                    Record(component, hit);
                    touchedVulnerabilities.Add(hit.VulnerabilityId);
                }
            }

            if (statement.Product is NamedProduct or ModelNumberProduct)
            {
                Touch(_targets.Values.Where(t => t.Device is not null).Select(t => t.Target.Id), statement.Vulnerability.Primary);
            }
        }

        foreach (var configuration in configurations)
        {
            foreach (var key in configuration.Criteria.Where(c => c.Vulnerable).Select(c => c.IndexKey).Distinct(StringComparer.Ordinal))
            {
                foreach (var component in _componentsByKey.GetValueOrDefault(key) ?? [])
                {
                    Touch(component.Targets, configuration.Vulnerability.Primary);
                }
            }
        }

        // Targets that may have hits of their own for a vulnerability (device facts, configuration trees) are decided
        // whole for it; the others fan out the shared component decisions of the touched vulnerabilities.
        foreach (var vulnerability in touchedVulnerabilities)
        {
            foreach (var component in _componentsByVulnerability[vulnerability])
            {
                Touch(component.Targets.Where(t => DecidedWhole(_targets[t], vulnerability)), vulnerability);
            }
        }

        var findings = touched.Select(t => Findings(_targets[t.Key], t.Value)).ToList();
        foreach (var vulnerability in touchedVulnerabilities)
        {
            foreach (var component in _componentsByVulnerability[vulnerability])
            {
                component.Decisions ??= Precedence.DecideAll(component.Hits);
                var decided = component.Decisions.First(d => string.Equals(d.VulnerabilityId, vulnerability, StringComparison.Ordinal));
                foreach (var targetId in component.Targets)
                {
                    if (!DecidedWhole(_targets[targetId], vulnerability))
                    {
                        var shared = new TargetFindings(targetId);
                        shared.Add(component, decided);
                        findings.Add(shared);
                    }
                }
            }
        }

        return new MatchResults(findings);
    }

    /// <summary>Adds or replaces one target and evaluates only it; components already interned keep their cached hits.</summary>
    public MatchResults AddTarget(MatchTarget target)
    {
        var known = new HashSet<int>(_components.Values.Select(c => c.Id));
        LoadTarget(target);
        var state = _targets[target.Id];
        foreach (var component in state.Components.Where(c => !known.Contains(c.Id)))
        {
            foreach (var key in ComponentEvaluator.Keys(component))
            {
                foreach (var statement in _statements.Statements(key))
                {
                    if (ComponentEvaluator.Evaluate(statement, component) is { } hit)
                    {
                        Record(component, hit);
                    }
                }
            }
        }

        return new MatchResults([Findings(state, null)]);
    }

    /// <summary>
    /// Evaluates only a scope, on an engine loaded with everything (<see cref="LoadStatements"/>, <see cref="LoadTarget"/>)
    /// but not evaluated: every statement against the components of <paramref name="targets"/>, and the statements of
    /// <paramref name="vulnerabilities"/> against every component. Returns every finding of those targets and the
    /// findings of those vulnerabilities on the other targets — what an analysis run after a new advisory or a changed
    /// model version must compare with what it stored.
    /// </summary>
    public MatchResults Evaluate(IReadOnlySet<string> vulnerabilities, IReadOnlySet<string> targets)
    {
        ArgumentNullException.ThrowIfNull(vulnerabilities);
        ArgumentNullException.ThrowIfNull(targets);
        var whole = new HashSet<InternedComponent>(ReferenceEqualityComparer.Instance);
        foreach (var id in targets)
        {
            if (_targets.TryGetValue(id, out var target))
            {
                whole.UnionWith(target.Components);
            }
        }

        foreach (var component in whole)
        {
            component.Hits.Clear();
            component.Decisions = null;
            foreach (var key in ComponentEvaluator.Keys(component))
            {
                foreach (var statement in _statements.Statements(key))
                {
                    if (ComponentEvaluator.Evaluate(statement, component) is { } hit)
                    {
                        Record(component, hit);
                    }
                }
            }
        }

        var refreshed = new HashSet<InternedComponent>(ReferenceEqualityComparer.Instance);
        foreach (var vulnerability in vulnerabilities)
        {
            foreach (var statement in _statements.About(vulnerability))
            {
                foreach (var component in _componentsByKey.GetValueOrDefault(statement.Product.IndexKey) ?? [])
                {
                    if (whole.Contains(component))
                    {
                        continue;
                    }

                    if (refreshed.Add(component))
                    {
                        component.Hits.RemoveAll(h => vulnerabilities.Contains(h.VulnerabilityId));
                        component.Decisions = null;
                    }

                    if (ComponentEvaluator.Evaluate(statement, component) is { } hit)
                    {
                        Record(component, hit);
                    }
                }
            }
        }

        var findings = new List<TargetFindings>();
        foreach (var (id, target) in _targets)
        {
            if (targets.Contains(id))
            {
                findings.Add(Findings(target, null));
            }
            else if (vulnerabilities.Count > 0)
            {
                findings.Add(Findings(target, vulnerabilities));
            }
        }

        return new MatchResults(findings);
    }

    /// <summary>Adds a hit to a component and files the component under the hit's vulnerability.</summary>
    private void Record(InternedComponent component, Hit hit)
    {
        component.Hits.Add(hit);
        component.Decisions = null;
        File(component, hit.VulnerabilityId);
    }

    private void File(InternedComponent component, string vulnerability)
    {
        if (!_componentsByVulnerability.TryGetValue(vulnerability, out var set))
        {
            _componentsByVulnerability[vulnerability] = set = new HashSet<InternedComponent>(ReferenceEqualityComparer.Instance);
        }

        set.Add(component);
    }

    private InternedComponent Intern(InventoryComponent source)
    {
        var key = InternedComponent.KeyOf(source);
        if (_components.TryGetValue(key, out var known))
        {
            return known;
        }

        var component = new InternedComponent(_components.Count, source);
        _components[key] = component;
        foreach (var indexKey in ComponentEvaluator.Keys(component))
        {
            if (!_componentsByKey.TryGetValue(indexKey, out var list))
            {
                _componentsByKey[indexKey] = list = [];
            }

            list.Add(component);
        }

        return component;
    }

    /// <summary>The findings of one target, for the given vulnerabilities only when <paramref name="only"/> is set.</summary>
    private TargetFindings Findings(TargetState target, IReadOnlySet<string>? only)
    {
        // Configuration and device hits depend on the target; component hits are decided once per component and shared.
        var extras = new Dictionary<(string Vulnerability, int Component), List<Hit>>();
        void Extra(Hit hit, int component)
        {
            if (only is not null && !only.Contains(hit.VulnerabilityId))
            {
                return;
            }

            if (!extras.TryGetValue((hit.VulnerabilityId, component), out var list))
            {
                extras[(hit.VulnerabilityId, component)] = list = [];
            }

            list.Add(hit);
        }

        ConfigurationHits(target, only, Extra);
        if (target.Device is { } device)
        {
            foreach (var hit in DeviceEvaluator.Evaluate(target.Target.Device!, device, _statements))
            {
                Extra(hit, -1);
            }
        }

        Dictionary<string, Hit>? productNotAffected = null;
        foreach (var ((vulnerability, component), hits) in extras)
        {
            if (component == -1 && hits.FirstOrDefault(h => h.Status == Domain.Findings.FindingStatus.NotAffected && h.FromVexOrVendor) is { } hit)
            {
                (productNotAffected ??= new Dictionary<string, Hit>(StringComparer.Ordinal)).TryAdd(vulnerability, hit);
            }
        }

        var findings = new TargetFindings(target.Target.Id);
        foreach (var component in target.Components)
        {
            if (component.Hits.Count == 0)
            {
                continue;
            }

            component.Decisions ??= Precedence.DecideAll(component.Hits);
            foreach (var decided in component.Decisions)
            {
                if (only is not null && !only.Contains(decided.VulnerabilityId))
                {
                    continue;
                }

                if (extras.Remove((decided.VulnerabilityId, component.Id), out var more))
                {
                    findings.Add(Decide(target, component, decided.VulnerabilityId, [.. decided.Hits, .. more], productNotAffected));
                    continue;
                }

                var winner = decided.Winner;
                if (productNotAffected is not null && productNotAffected.TryGetValue(decided.VulnerabilityId, out var product) && Precedence.Overrides(product, winner))
                {
                    findings.Add(new MatchFinding(target.Target.Id, decided.VulnerabilityId, product.Status, product.Analysis, component.Source, product.Explanation, [winner.Explanation, .. decided.Others]));
                    continue;
                }

                findings.Add(component, decided); // the component's decision, shared with every target that has it
            }
        }

        var byId = target.Components.ToDictionary(c => c.Id);
        foreach (var ((vulnerability, componentId), hits) in extras)
        {
            findings.Add(Decide(target, componentId < 0 ? null : byId[componentId], vulnerability, hits, productNotAffected));
        }

        return findings;
    }

    private static MatchFinding Decide(TargetState target, InternedComponent? component, string vulnerability, IReadOnlyList<Hit> hits, Dictionary<string, Hit>? productNotAffected)
    {
        var (winner, others) = Precedence.Decide(hits, productNotAffected?.GetValueOrDefault(vulnerability));
        return new MatchFinding(target.Target.Id, vulnerability, winner.Status, winner.Analysis, component?.Source, winner.Explanation, [.. others.Select(o => o.Explanation)]);
    }

    private void ConfigurationHits(TargetState target, IReadOnlySet<string>? only, Action<Hit, int> add)
    {
        var candidates = new HashSet<ConfigurationStatement>(ReferenceEqualityComparer.Instance);
        foreach (var component in target.Components)
        {
            if (component.Cpe is not { } cpe)
            {
                continue;
            }

            foreach (var configuration in _statements.Configurations(CpeProduct.CpeKey(cpe)))
            {
                if (only is null || only.Contains(configuration.Vulnerability.Primary))
                {
                    candidates.Add(configuration);
                }
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var evaluator = new ConfigurationEvaluator(target.Components);
        foreach (var configuration in candidates)
        {
            foreach (var (hit, component) in evaluator.Evaluate(configuration))
            {
                add(hit, component.Id);
            }
        }
    }

    /// <summary>
    /// True when the target may have hits of its own for the vulnerability, beyond its components' shared decisions:
    /// device facts and statements naming devices, or CPEs and configuration trees tested together.
    /// </summary>
    private bool DecidedWhole(TargetState target, string vulnerability) =>
        (target.Device is not null && _statements.HasDeviceStatements(vulnerability))
        || (target.HasCpe && _statements.HasConfigurations(vulnerability));

    private sealed record TargetState(MatchTarget Target, IReadOnlyList<InternedComponent> Components, InternedComponent? Device)
    {
        /// <summary>True when some component names a CPE, which configuration trees test together.</summary>
        public bool HasCpe { get; } = Components.Any(c => c.Cpe is not null);
    }
}
