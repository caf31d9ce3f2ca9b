using MedVigil.Application.Findings;
using MedVigil.Domain.Risk.Acceptance;

namespace MedVigil.Application.Risk.Acceptance;

/// <summary>
/// One risk acceptance as the commands and API show it: what it covers (<see cref="Scope"/> <c>device</c>,
/// <c>model_version</c> or <c>model</c>, named by <see cref="ScopeName"/>), who owns it, why, until when, and its state
/// now (<c>active</c>, <c>expiring</c>, <c>expired</c>, <c>revoked</c>).
/// </summary>
public sealed record AcceptanceRow(
    Guid AcceptanceId, Guid FindingId, string VulnerabilityId, string? Component, string Scope, Guid ScopeId, string ScopeName,
    string Owner, string Justification, string AcceptedBy, DateTimeOffset AcceptedAt, DateTimeOffset ExpiresAt, string State,
    DateTimeOffset? RevokedAt, string? RevokedBy, string? RevocationReason)
{
    internal static AcceptanceRow Of(RiskAcceptance a, string? component, string scopeName, DateTimeOffset now) => new(
        a.Id, a.FindingId, a.VulnerabilityId, component, AnalysisText.Scope(a.Scope), a.ScopeId, scopeName, a.Owner, a.Justification,
        a.AcceptedBy, a.AcceptedAt, a.ExpiresAt, StateText(a.StateAt(now, RiskAcceptancePolicy.Default)), a.RevokedAt, a.RevokedBy,
        a.RevocationReason);

    public static string StateText(AcceptanceState state) => state.ToString().ToLowerInvariant();
}
