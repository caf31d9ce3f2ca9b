using MedVigil.Application.Common;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Audit;

public sealed record AuditEventView(
    long Sequence, DateTimeOffset At, string Actor, string Action, string EntityType, string EntityId, string Summary, string Hash);

/// <summary>The current tenant's audit trail, newest first.</summary>
public sealed class ListAuditEvents(MedVigilDbContext db)
{
    public async Task<Page<AuditEventView>> ExecuteAsync(Paging paging, CancellationToken cancellationToken)
    {
        var events = db.AuditEvents.AsNoTracking();
        var total = await events.CountAsync(cancellationToken);
        var items = await events.OrderByDescending(e => e.Sequence).Skip(paging.Skip).Take(paging.Size)
            .Select(e => new AuditEventView(e.Sequence, e.At, e.Actor, e.Action, e.EntityType, e.EntityId, e.Summary, e.Hash))
            .ToListAsync(cancellationToken);
        return new Page<AuditEventView>(items, paging.Number, paging.Size, total);
    }
}
