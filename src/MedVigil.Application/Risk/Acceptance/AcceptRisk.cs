using MedVigil.Application.Findings;
using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Risk.Acceptance;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Risk.Acceptance;

/// <summary>
/// Accept a finding's risk for a while: who owns it, why, and until when (<see cref="ExpiresOn"/>, the first day it no
/// longer holds, UTC; default 180 days from now). <see cref="Scope"/> is <c>device</c> (then <see cref="AssetId"/>
/// names it), <c>model_version</c> or <c>model</c>; with an asset id and no scope, the device.
/// </summary>
public sealed record AcceptRiskCommand(
    Guid FindingId, string? Owner, string? Justification, DateOnly? ExpiresOn = null, string? Scope = null, string? AssetId = null);

/// <summary>
/// Records a risk acceptance (ADR 0027). Only roles that may accept risk can (admin, security analyst, clinical
/// engineer); one acceptance in force per finding and scope, so a renewal revokes the old one first. Audited as
/// <c>risk.accepted</c>.
/// </summary>
public sealed class AcceptRisk(MedVigilDbContext db, TenantScope scope, TimeProvider time)
{
    public async Task<Result<AcceptanceRow>> ExecuteAsync(AcceptRiskCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var tenantId = scope.RequireTenant();
        if (scope.Role is not { } role || !role.CanAcceptRisk())
        {
            return Error.Forbidden($"Role {scope.Role?.ToString() ?? "none"} may not accept risk; admin, security analyst or clinical engineer can.");
        }

        var finding = await db.Findings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == command.FindingId, cancellationToken);
        if (finding is null || finding.IsRetracted || finding.ModelVersionId is not { } versionId)
        {
            return Error.NotFound("Open finding", command.FindingId);
        }

        var resolved = await DecisionScopes.ResolveAsync(
            db, command.Scope ?? (command.AssetId is null ? "model_version" : "device"), versionId, command.AssetId, cancellationToken);
        if (!resolved.TryGetValue(out var target))
        {
            return resolved.Error!;
        }

        var now = time.GetUtcNow();
        // Compared in memory: SQLite cannot compare DateTimeOffset columns, and a key has few acceptances.
        var existing = (await db.RiskAcceptances.AsNoTracking()
                .Where(a => a.VulnerabilityId == finding.VulnerabilityId && a.ComponentKey == finding.ComponentKey
                    && a.Scope == target.Scope && a.ScopeId == target.ScopeId && a.RevokedAt == null)
                .ToListAsync(cancellationToken))
            .FirstOrDefault(a => a.IsInForce(now));
        if (existing is not null)
        {
            return Error.Conflict("already_accepted",
                $"{finding.VulnerabilityId} is already accepted for this {AnalysisText.Scope(target.Scope)} until {existing.ExpiresAt:yyyy-MM-dd} "
                + $"(acceptance {existing.Id}); revoke it first to change it.");
        }

        DateTimeOffset? expires = command.ExpiresOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        var accepted = RiskAcceptance.Accept(
            tenantId, finding, target.Scope, target.ScopeId, command.Owner, command.Justification, scope.Actor, expires, RiskAcceptancePolicy.Default, time);
        if (!accepted.TryGetValue(out var acceptance))
        {
            return accepted.Error!;
        }

        db.RiskAcceptances.Add(acceptance);
        var names = await DecisionScopes.NamesAsync(db, [(target.Scope, target.ScopeId)], cancellationToken);
        var scopeName = names.GetValueOrDefault(target.ScopeId, target.ScopeId.ToString());
        db.Audit("risk.accepted", nameof(RiskAcceptance), acceptance.Id,
            $"{finding.VulnerabilityId} on {finding.ComponentText ?? "the device"} for {AnalysisText.Scope(target.Scope)} {scopeName} "
            + $"until {acceptance.ExpiresAt:yyyy-MM-dd}, owner {acceptance.Owner}: {Shorten(acceptance.Justification)}");
        await db.SaveChangesAsync(cancellationToken);
        return AcceptanceRow.Of(acceptance, finding.ComponentText, scopeName, now);
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
