using MedVigil.Domain.Common;
using MedVigil.Domain.Matching;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Aliases;

/// <summary>
/// The alias table for the tenant in scope: the shipped table extended with the tenant's own rows (ADR 0019), as
/// the matching engine reads it. A failure names the tenant row that no longer fits (the shipped table gained a
/// contradicting row since it was added).
/// </summary>
public sealed class LoadManufacturerAliases(MedVigilDbContext db)
{
    public async Task<Result<ManufacturerAliases>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ManufacturerAliases.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return ManufacturerAliases.Shipped.Extend(rows.Select(r => r.ToEntry()));
    }
}
