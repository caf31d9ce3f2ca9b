namespace MedVigil.Domain.Risk;

/// <summary>
/// The tenant-tunable parts of deriving SSVC inputs (ADR 0023). Computed on read; not yet stored per tenant.
/// </summary>
/// <param name="EpssThreshold">The EPSS probability at or above which a vulnerability counts as having a public PoC.</param>
public sealed record SsvcPolicy(double EpssThreshold)
{
    /// <summary>EPSS ≥ 0.1: about the top 10 % of scored CVEs, where most later-exploited CVEs sit (ADR 0023).</summary>
    public static SsvcPolicy Default { get; } = new(0.1);
}
