namespace MedVigil.Domain.Risk.Acceptance;

/// <summary>
/// How long a risk acceptance lasts (ADR 0027): 180 days unless the person accepting says otherwise, never more than
/// a year, with a heads-up 10 days before it runs out (DefectDojo's defaults; the cap forces a yearly review).
/// </summary>
public sealed record RiskAcceptancePolicy(TimeSpan DefaultDuration, TimeSpan MaximumDuration, TimeSpan Warning)
{
    public static RiskAcceptancePolicy Default { get; } = new(TimeSpan.FromDays(180), TimeSpan.FromDays(365), TimeSpan.FromDays(10));
}

/// <summary>Where an acceptance is in its life at a given moment.</summary>
public enum AcceptanceState
{
    /// <summary>In force, more than the warning period left.</summary>
    Active,

    /// <summary>In force, but expires within the warning period: someone should renew it or act.</summary>
    Expiring,

    /// <summary>Ran out: the finding is open work again and its SLA clock restarted at the expiry.</summary>
    Expired,

    /// <summary>Ended early by a person: the finding is open work again from the revocation.</summary>
    Revoked,
}
