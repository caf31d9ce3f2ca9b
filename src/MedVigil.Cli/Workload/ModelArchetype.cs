namespace MedVigil.Cli.Workload;

/// <summary>
/// What a device model is built on: the ecosystems its SBOM draws components from (with weights) and its operating
/// system's CPE (null for a bare RTOS), the platform NVD's <c>vulnerable: false</c> criteria speak of.
/// </summary>
internal sealed record ModelArchetype(string Kind, (WorkloadEcosystem Ecosystem, int Weight)[] Mix, string? OsVendor, string? OsProduct)
{
    public static IReadOnlyList<ModelArchetype> All { get; } =
    [
        new("embedded-linux", [(WorkloadEcosystem.Deb, 6), (WorkloadEcosystem.Generic, 4)], "linux", "linux_kernel"),
        new("rhel-appliance", [(WorkloadEcosystem.Rpm, 6), (WorkloadEcosystem.Pypi, 3), (WorkloadEcosystem.Generic, 1)], "linux", "linux_kernel"),
        new("windows-workstation", [(WorkloadEcosystem.NuGet, 6), (WorkloadEcosystem.Npm, 2), (WorkloadEcosystem.Generic, 2)], "microsoft", "windows"),
        new("java-server", [(WorkloadEcosystem.Maven, 7), (WorkloadEcosystem.Deb, 2), (WorkloadEcosystem.Generic, 1)], "linux", "linux_kernel"),
        new("python-gateway", [(WorkloadEcosystem.Pypi, 5), (WorkloadEcosystem.Deb, 4), (WorkloadEcosystem.Generic, 1)], "linux", "linux_kernel"),
        new("node-web", [(WorkloadEcosystem.Npm, 7), (WorkloadEcosystem.Deb, 2), (WorkloadEcosystem.Generic, 1)], "linux", "linux_kernel"),
        new("go-service", [(WorkloadEcosystem.Golang, 7), (WorkloadEcosystem.Deb, 2), (WorkloadEcosystem.Generic, 1)], "linux", "linux_kernel"),
        new("rtos", [(WorkloadEcosystem.Generic, 1)], null, null),
    ];

    public WorkloadEcosystem PickEcosystem(Random random)
    {
        var draw = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (ecosystem, weight) in Mix)
        {
            if ((draw -= weight) < 0)
            {
                return ecosystem;
            }
        }

        return Mix[^1].Ecosystem;
    }
}
