using System.Globalization;

namespace MedVigil.Cli.Workload;

/// <summary>
/// Every package of the workload, per ecosystem: the common ones first (16 versions each), then synthetic ones
/// (6 versions), with a skewed picker per ecosystem so SBOMs share the common packages.
/// </summary>
internal sealed class PackageCatalog
{
    private readonly Dictionary<WorkloadEcosystem, SkewedPicker> _pickers = [];

    private PackageCatalog(Dictionary<WorkloadEcosystem, IReadOnlyList<WorkloadPackage>> packages)
    {
        ByEcosystem = packages;
        foreach (var (ecosystem, list) in packages)
        {
            _pickers[ecosystem] = new SkewedPicker(list.Count, 1.0);
        }

        Common = [.. packages.Values.SelectMany(list => list.Where(p => p.Versions.Count == CommonVersions))];
    }

    public const int CommonVersions = 16;
    private const int SyntheticVersions = 6;

    public IReadOnlyDictionary<WorkloadEcosystem, IReadOnlyList<WorkloadPackage>> ByEcosystem { get; }

    public IReadOnlyList<WorkloadPackage> Common { get; }

    public static PackageCatalog Create(Random random)
    {
        var packages = new Dictionary<WorkloadEcosystem, IReadOnlyList<WorkloadPackage>>();
        foreach (var ecosystem in WorkloadEcosystem.All)
        {
            var list = new List<WorkloadPackage>();
            foreach (var (_, ns, name, vendor, product) in CommonPackages.All.Where(c => c.Ecosystem == ecosystem))
            {
                var style = name == "openssl" ? 1 : random.Next(4);
                list.Add(new WorkloadPackage(ecosystem, ns, name, PackageVersions.Create(ecosystem, random, CommonVersions, style), vendor, product));
            }

            for (var n = 0; n < ecosystem.SyntheticPackages; n++)
            {
                var (ns, name) = SyntheticName(ecosystem, n);
                var versions = PackageVersions.Create(ecosystem, random, SyntheticVersions, random.Next(4));
                list.Add(ecosystem == WorkloadEcosystem.Generic
                    ? new WorkloadPackage(ecosystem, ns, name, versions, Invariant($"vendor{n % 700}"), name)
                    : new WorkloadPackage(ecosystem, ns, name, versions));
            }

            packages[ecosystem] = list;
        }

        return new PackageCatalog(packages);
    }

    /// <summary>A package of the ecosystem, common ones far more often.</summary>
    public WorkloadPackage Pick(WorkloadEcosystem ecosystem, Random random) => ByEcosystem[ecosystem][_pickers[ecosystem].Next(random)];

    /// <summary>Any package of the ecosystem with the same chance.</summary>
    public WorkloadPackage PickUniform(WorkloadEcosystem ecosystem, Random random) => ByEcosystem[ecosystem][random.Next(ByEcosystem[ecosystem].Count)];

    private static (string? Namespace, string Name) SyntheticName(WorkloadEcosystem ecosystem, int n) => ecosystem.PurlType switch
    {
        "deb" => (null, Invariant($"libbench{n}")),
        "rpm" => (null, Invariant($"bench-lib{n}")),
        "npm" => n % 5 == 0 ? (Invariant($"@bench{n % 40}"), Invariant($"pkg-{n}")) : (null, Invariant($"bench-pkg-{n}")),
        "maven" => (Invariant($"org.bench.group{n % 300}"), Invariant($"bench-artifact-{n}")),
        "nuget" => (null, Invariant($"Bench.Library{n}")),
        "pypi" => (null, Invariant($"bench-py-{n}")),
        "golang" => (Invariant($"github.com/bench{n % 200}"), Invariant($"module{n}")),
        _ => (null, Invariant($"firmware-lib{n}")),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
