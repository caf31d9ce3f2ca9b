using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Bench;

/// <summary>
/// A seeded synthetic workload for the matching engine: packages across npm, PyPI, Maven and Debian, each with
/// several versions (distinct components), statements with one to three introduced/fixed intervals per package, and
/// model versions that draw their components from the pool with a skew towards common packages.
/// </summary>
internal sealed class MatchingWorkload
{
    private static readonly (string Type, string? Namespace, VersionScheme Scheme)[] Ecosystems =
        [("npm", null, VersionSchemes.Npm), ("pypi", null, VersionSchemes.Pypi), ("maven", "org.example", VersionSchemes.Maven), ("deb", "debian", VersionSchemes.Debian)];

    public MatchingWorkload(int components, int statements, int targets, int componentsPerTarget, int seed = 42)
    {
        var random = new Random(seed);
        const int VersionsPerPackage = 4;
        var packages = components / VersionsPerPackage;
        var pool = new List<InventoryComponent>(components);
        for (var p = 0; p < packages; p++)
        {
            var (type, ns, _) = Ecosystems[p % Ecosystems.Length];
            for (var v = 0; v < VersionsPerPackage; v++)
            {
                var version = type == "deb" ? $"1:{1 + v}.{p % 7}.{v * 3}-1" : $"{1 + v}.{p % 7}.{v * 3}";
                pool.Add(new InventoryComponent($"pkg:{type}/{(ns is null ? "" : ns + "/")}pkg{p}@{Uri.EscapeDataString(version)}", null, $"pkg{p}", null));
            }
        }

        var list = new List<AffectedStatement>(statements);
        for (var s = 0; s < statements; s++)
        {
            list.Add(Statement(random, random.Next(packages), $"CVE-2024-{s:D5}"));
        }

        Statements = new StatementSet(list, [], []);
        NewAdvisory = new StatementSet([.. Enumerable.Range(0, 20).Select(i => Statement(random, Skewed(random, packages), $"CVE-2025-{i:D5}"))], [], []);
        Targets = [.. Enumerable.Range(0, targets).Select(t => new MatchTarget($"mv{t}",
            [.. Enumerable.Range(0, componentsPerTarget).Select(_ => pool[Skewed(random, packages) * VersionsPerPackage + random.Next(VersionsPerPackage)]).Distinct()]))];
        NewTarget = new MatchTarget("mv-new", [.. Enumerable.Range(0, componentsPerTarget).Select(_ => pool[random.Next(pool.Count)]).Distinct()]);
    }

    /// <summary>The issue 5 micro-benchmark size: 10,000 components, 50,000 statements, 600 model versions of 200 components.</summary>
    public static MatchingWorkload Default { get; } = new(components: 10_000, statements: 50_000, targets: 600, componentsPerTarget: 200);

    public StatementSet Statements { get; }

    public StatementSet NewAdvisory { get; }

    public IReadOnlyList<MatchTarget> Targets { get; }

    public MatchTarget NewTarget { get; }

    public MatchingEngine Load()
    {
        var engine = new MatchingEngine();
        engine.LoadStatements(Statements);
        foreach (var target in Targets)
        {
            engine.LoadTarget(target);
        }

        return engine;
    }

    /// <summary>Common packages are drawn far more often (squared uniform), as embedded SBOMs share openssl, zlib, busybox…</summary>
    private static int Skewed(Random random, int packages) => (int)(Math.Pow(random.NextDouble(), 2) * packages);

    private static AffectedStatement Statement(Random random, int package, string id)
    {
        var (type, ns, scheme) = Ecosystems[package % Ecosystems.Length];
        var constraints = new List<VersConstraint>();
        var intervals = 1 + random.Next(3);
        for (var i = 0; i < intervals; i++)
        {
            var major = 1 + i;
            var low = type == "deb" ? $"1:{major}.0.0" : $"{major}.0.0";
            var high = type == "deb" ? $"1:{major}.{random.Next(7)}.{random.Next(9)}-1" : $"{major}.{random.Next(7)}.{random.Next(9)}";
            constraints.Add(new VersConstraint(VersComparator.GreaterThanOrEqual, scheme.Parse(low)));
            constraints.Add(new VersConstraint(VersComparator.LessThan, scheme.Parse(high)));
        }

        VersRange range;
        try
        {
            range = VersRange.Create(scheme, constraints);
        }
        catch (ArgumentException)
        {
            range = VersRange.Create(scheme, constraints.Take(2));
        }

        return new AffectedStatement(VulnerabilityIds.From(id, []), PurlProducts.Create(type, ns, $"pkg{package}")!, VersionConstraint.Of(range),
            FindingStatus.Affected, null, new StatementProvenance(StatementSourceKind.Osv, id, null, "", "/affected/0/ranges/0"));
    }
}
