namespace MedVigil.Cli.Workload;

/// <summary>
/// A package ecosystem of the workload: its purl type and namespace, the OSV ecosystem that speaks of it (null for
/// <c>generic</c>, which only NVD's CPEs name), the OSV range type, and how many synthetic packages it gets.
/// </summary>
internal sealed record WorkloadEcosystem(string PurlType, string? PurlNamespace, string? OsvEcosystem, string RangeType, int SyntheticPackages)
{
    public static WorkloadEcosystem Deb { get; } = new("deb", "debian", "Debian:11", "ECOSYSTEM", 5_000);
    public static WorkloadEcosystem Rpm { get; } = new("rpm", "redhat", "Red Hat:enterprise_linux:8", "ECOSYSTEM", 3_000);
    public static WorkloadEcosystem Npm { get; } = new("npm", null, "npm", "SEMVER", 5_000);
    public static WorkloadEcosystem Maven { get; } = new("maven", null, "Maven", "ECOSYSTEM", 4_000);
    public static WorkloadEcosystem NuGet { get; } = new("nuget", null, "NuGet", "ECOSYSTEM", 2_000);
    public static WorkloadEcosystem Pypi { get; } = new("pypi", null, "PyPI", "ECOSYSTEM", 3_000);
    public static WorkloadEcosystem Golang { get; } = new("golang", null, "Go", "SEMVER", 2_000);
    public static WorkloadEcosystem Generic { get; } = new("generic", null, null, "", 2_000);

    public static IReadOnlyList<WorkloadEcosystem> All { get; } = [Deb, Rpm, Npm, Maven, NuGet, Pypi, Golang, Generic];

    /// <summary>The folder name of its OSV records: the ecosystem without release or spaces (<c>Debian</c>, <c>RedHat</c>).</summary>
    public string OsvFolder => (OsvEcosystem ?? PurlType).Split(':')[0].Replace(" ", "", StringComparison.Ordinal);
}
