namespace MedVigil.Cli.Workload;

/// <summary>How big a generated workload is and the seed that makes it: the same size and seed give the same bytes.</summary>
internal sealed record WorkloadSize(int Devices, int Models, int Osv, int Nvd, int Seed)
{
    /// <summary>Issue 5's default: a health system of 100,000 devices in 600 models against 250,000 OSV and 20,000 NVD records.</summary>
    public static WorkloadSize Default { get; } = new(100_000, 600, 250_000, 20_000, 1);
}
