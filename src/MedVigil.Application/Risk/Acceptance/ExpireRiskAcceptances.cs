using MedVigil.Domain.Risk.Acceptance;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Risk.Acceptance;

/// <summary>What an expiry pass did: acceptances whose expiry it recorded now, and those that expire within the warning period.</summary>
public sealed record ExpiryPass(IReadOnlyList<AcceptanceRow> Reactivated, IReadOnlyList<AcceptanceRow> Expiring);

/// <summary>
/// Records each acceptance that has run out as <c>risk.acceptance_expired</c> in the audit chain, once (ADR 0027). The
/// finding is open again from the expiry whether or not this has run (reads compare with the clock); this pass makes the
/// reactivation visible to auditors and lists the heads-up. The server runs it hourly per tenant; the CLI on demand.
/// </summary>
public sealed class ExpireRiskAcceptances(MedVigilDbContext db, TenantScope scope, TimeProvider time)
{
    public async Task<ExpiryPass> ExecuteAsync(CancellationToken cancellationToken)
    {
        scope.RequireTenant();
        var now = time.GetUtcNow();
        var warnFrom = now + RiskAcceptancePolicy.Default.Warning;
        // The date is compared in memory (SQLite cannot compare DateTimeOffset columns); unended ones are few.
        var due = (await db.RiskAcceptances.Where(a => a.RevokedAt == null && a.ExpiryRecordedAt == null).ToListAsync(cancellationToken))
            .Where(a => a.ExpiresAt <= warnFrom).ToList();
        var reactivated = due.Where(a => a.RecordExpiry(time)).ToList();
        foreach (var acceptance in reactivated)
        {
            db.Audit("risk.acceptance_expired", nameof(RiskAcceptance), acceptance.Id,
                $"{acceptance.VulnerabilityId}: accepted by {acceptance.AcceptedBy} (owner {acceptance.Owner}) until "
                + $"{acceptance.ExpiresAt:yyyy-MM-dd}; open again, SLA restarted at expiry");
        }

        await db.SaveChangesAsync(cancellationToken);
        var expiring = due.Where(a => a.StateAt(now, RiskAcceptancePolicy.Default) == AcceptanceState.Expiring).ToList();
        return new(
            await ListRiskAcceptances.RowsAsync(db, reactivated, now, cancellationToken),
            await ListRiskAcceptances.RowsAsync(db, expiring, now, cancellationToken));
    }
}
