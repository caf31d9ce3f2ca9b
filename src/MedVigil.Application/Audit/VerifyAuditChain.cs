using MedVigil.Domain.Audit;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Audit;

/// <summary>
/// Recomputes audit chains from the stored rows. With a tenant in scope it checks that tenant; the command line
/// (an operator on the database host) may check every tenant.
/// </summary>
public sealed class VerifyAuditChain(MedVigilDbContext db)
{
    public Task<AuditVerification> ExecuteAsync(CancellationToken cancellationToken) =>
        VerifyAsync(db.Scope.RequireTenant(), cancellationToken);

    public async Task<IReadOnlyList<AuditVerification>> ExecuteForAllTenantsAsync(CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking().OrderBy(t => t.Slug).Select(t => t.Id).ToListAsync(cancellationToken);
        var results = new List<AuditVerification>(tenants.Count);
        foreach (var tenantId in tenants)
        {
            results.Add(await VerifyAsync(tenantId, cancellationToken));
        }

        return results;
    }

    private async Task<AuditVerification> VerifyAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var events = db.AuditEvents.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.TenantId == tenantId)
            .OrderBy(e => e.Sequence)
            .AsAsyncEnumerable();
        var buffer = new List<AuditEvent>();
        await foreach (var audit in events.WithCancellation(cancellationToken))
        {
            buffer.Add(audit);
        }

        return AuditChain.Verify(tenantId, buffer);
    }
}
