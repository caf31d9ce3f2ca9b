using MedVigil.Domain.Matching;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Aliases;

/// <summary>The alias table in effect for the tenant: the shipped rows, then the tenant's own, each with the maker it resolves to.</summary>
public sealed class ListManufacturerAliases(MedVigilDbContext db)
{
    public async Task<IReadOnlyList<ManufacturerAliasView>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ManufacturerAliases.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var extended = ManufacturerAliases.Shipped.Extend(rows.Select(r => r.ToEntry()));
        // A tenant row that no longer fits is still listed (so it can be seen and removed); it resolves by the shipped table.
        var table = extended.TryGetValue(out var all) ? all : ManufacturerAliases.Shipped;
        return
        [
            .. ManufacturerAliases.Shipped.Entries.Select(e => ManufacturerAliasView.From(e, table)),
            .. rows.Select(r => ManufacturerAliasView.From(r.ToEntry(), table, r)),
        ];
    }
}
