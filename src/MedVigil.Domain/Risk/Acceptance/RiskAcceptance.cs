using MedVigil.Domain.Common;
using MedVigil.Domain.Findings;

namespace MedVigil.Domain.Risk.Acceptance;

/// <summary>
/// A named person's decision to live with a finding's risk for a while instead of acting on it (ADR 0027). Keyed like an
/// analysis decision (vulnerability + package within a device, model version or model) so it covers the finding when
/// it recurs. While in force the finding keeps its priority but has no due date; at expiry (or revocation) it is open
/// work again and its SLA clock restarts. Never edited or deleted: it ends by expiry or revocation.
/// </summary>
public sealed class RiskAcceptance : ITenantOwned
{
    public const int OwnerMaxLength = 200;
    public const int JustificationMaxLength = 4000;

    private RiskAcceptance()
    {
        VulnerabilityId = string.Empty;
        Owner = string.Empty;
        Justification = string.Empty;
        AcceptedBy = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    /// <summary>The finding the person was looking at when accepting.</summary>
    public Guid FindingId { get; private set; }

    public string VulnerabilityId { get; private set; }

    /// <summary>The package (<see cref="Finding.ComponentKey"/>); null for device-level findings.</summary>
    public string? ComponentKey { get; private set; }

    public DecisionScope Scope { get; private set; }

    /// <summary>The device, model version or model the acceptance covers.</summary>
    public Guid ScopeId { get; private set; }

    /// <summary>Who answers for the risk while it is accepted (a person or role, not necessarily the one recording it).</summary>
    public string Owner { get; private set; }

    public string Justification { get; private set; }

    public string AcceptedBy { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public string? RevocationReason { get; private set; }

    /// <summary>When the expiry was recorded in the audit chain (the finding is open again from <see cref="ExpiresAt"/> either way).</summary>
    public DateTimeOffset? ExpiryRecordedAt { get; private set; }

    /// <summary>When the acceptance stops (or stopped) covering the finding.</summary>
    public DateTimeOffset EndsAt => RevokedAt ?? ExpiresAt;

    public static Result<RiskAcceptance> Accept(
        Guid tenantId, Finding finding, DecisionScope scope, Guid scopeId, string? owner, string? justification, string acceptedBy,
        DateTimeOffset? expiresAt, RiskAcceptancePolicy policy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var expires = expiresAt ?? now + policy.DefaultDuration;
        var problems = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(owner) || owner.Trim().Length > OwnerMaxLength)
        {
            problems.Add(new("owner", $"required, at most {OwnerMaxLength} characters: who answers for the risk"));
        }

        if (string.IsNullOrWhiteSpace(justification) || justification.Trim().Length > JustificationMaxLength)
        {
            problems.Add(new("justification", $"required, at most {JustificationMaxLength} characters: why the risk is acceptable for now"));
        }

        if (expires <= now)
        {
            problems.Add(new("expires", "must be in the future"));
        }
        else if (expires > now + policy.MaximumDuration)
        {
            problems.Add(new("expires", $"at most {policy.MaximumDuration.TotalDays:0} days ahead; accept again after a review"));
        }

        if (finding.Status is not (FindingStatus.Affected or FindingStatus.UnderInvestigation))
        {
            problems.Add(new("finding", "only an affected or under-investigation finding has a risk to accept"));
        }

        if (problems.Count > 0)
        {
            return Error.Validation("The risk acceptance is invalid: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")) + ".",
                [.. problems]);
        }

        return new RiskAcceptance
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Id = Ids.New(time),
            FindingId = finding.Id,
            VulnerabilityId = finding.VulnerabilityId,
            ComponentKey = finding.ComponentKey,
            Scope = scope,
            ScopeId = Guard.Id(scopeId, nameof(scopeId)),
            Owner = owner!.Trim(),
            Justification = justification!.Trim(),
            AcceptedBy = Guard.Text(acceptedBy, nameof(acceptedBy), OwnerMaxLength),
            AcceptedAt = now,
            ExpiresAt = expires,
        };
    }

    /// <summary>Whether the acceptance covers its finding at <paramref name="at"/>.</summary>
    public bool IsInForce(DateTimeOffset at) => at >= AcceptedAt && at < EndsAt;

    public AcceptanceState StateAt(DateTimeOffset at, RiskAcceptancePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (RevokedAt is { } revoked && revoked <= at)
        {
            return AcceptanceState.Revoked;
        }

        return at >= ExpiresAt ? AcceptanceState.Expired
            : at >= ExpiresAt - policy.Warning ? AcceptanceState.Expiring
            : AcceptanceState.Active;
    }

    /// <summary>Ends the acceptance now; only one in force can be revoked.</summary>
    public Result<RiskAcceptance> Revoke(string revokedBy, string? reason, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        if (!IsInForce(now))
        {
            return Error.InvalidTransition($"Risk acceptance {Id} is not in force (it ended {EndsAt:yyyy-MM-dd}); nothing to revoke.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > JustificationMaxLength)
        {
            return Error.Validation("A revocation needs a reason.", new FieldError("reason", $"required, at most {JustificationMaxLength} characters"));
        }

        RevokedAt = now;
        RevokedBy = Guard.Text(revokedBy, nameof(revokedBy), OwnerMaxLength);
        RevocationReason = reason.Trim();
        return this;
    }

    /// <summary>Marks the expiry as recorded; false when it is not yet due, was revoked, or was recorded before.</summary>
    public bool RecordExpiry(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        if (ExpiryRecordedAt is not null || RevokedAt is not null || now < ExpiresAt)
        {
            return false;
        }

        ExpiryRecordedAt = now;
        return true;
    }
}
