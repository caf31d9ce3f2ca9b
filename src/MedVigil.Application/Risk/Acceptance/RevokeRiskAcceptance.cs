using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Domain.Risk.Acceptance;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Risk.Acceptance;

/// <summary>End a risk acceptance early, with a reason.</summary>
public sealed record RevokeRiskAcceptanceCommand(Guid AcceptanceId, string? Reason);

/// <summary>
/// Revokes an acceptance in force: the finding is open work again from now and its SLA clock restarts (ADR 0027).
/// Same roles as accepting. Audited as <c>risk.acceptance_revoked</c>.
/// </summary>
public sealed class RevokeRiskAcceptance(MedVigilDbContext db, TenantScope scope, TimeProvider time)
{
    public async Task<Result<AcceptanceRow>> ExecuteAsync(RevokeRiskAcceptanceCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        scope.RequireTenant();
        if (scope.Role is not { } role || !role.CanAcceptRisk())
        {
            return Error.Forbidden($"Role {scope.Role?.ToString() ?? "none"} may not revoke a risk acceptance; admin, security analyst or clinical engineer can.");
        }

        var acceptance = await db.RiskAcceptances.SingleOrDefaultAsync(a => a.Id == command.AcceptanceId, cancellationToken);
        if (acceptance is null)
        {
            return Error.NotFound("Risk acceptance", command.AcceptanceId);
        }

        var revoked = acceptance.Revoke(scope.Actor, command.Reason, time);
        if (!revoked.IsSuccess)
        {
            return revoked.Error!;
        }

        db.Audit("risk.acceptance_revoked", nameof(RiskAcceptance), acceptance.Id,
            $"{acceptance.VulnerabilityId}: accepted until {acceptance.ExpiresAt:yyyy-MM-dd}, revoked: {acceptance.RevocationReason}");
        await db.SaveChangesAsync(cancellationToken);
        return (await ListRiskAcceptances.RowsAsync(db, [acceptance], time.GetUtcNow(), cancellationToken))[0];
    }
}
