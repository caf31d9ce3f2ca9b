using MedVigil.Domain.Catalog;
using MedVigil.Domain.Common;
using MedVigil.Domain.Matching;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Aliases;

/// <summary>Removes a row of the tenant's alias table, found by its alias as normalised; shipped rows cannot be removed.</summary>
public sealed class RemoveManufacturerAlias(MedVigilDbContext db)
{
    public async Task<Result<ManufacturerAliasView>> ExecuteAsync(string alias, CancellationToken cancellationToken)
    {
        var key = ManufacturerAlias.Normalize(alias ?? "");
        var stored = key.Length == 0 ? null : await db.ManufacturerAliases.SingleOrDefaultAsync(a => a.NormalizedAlias == key, cancellationToken);
        if (stored is null)
        {
            return ManufacturerAliases.Shipped.Entries.Any(e => ManufacturerAlias.Normalize(e.Alias) == key)
                ? Error.Conflict("alias_shipped", $"'{alias}' is in the shipped table; only the tenant's own rows can be removed.")
                : Error.NotFound("Manufacturer alias", alias ?? "");
        }

        db.ManufacturerAliases.Remove(stored);
        db.Audit("manufacturer_alias.removed", nameof(ManufacturerAlias), stored.Id, $"Manufacturer alias '{stored.Alias}' → '{stored.Canonical}' removed.");
        await db.SaveChangesAsync(cancellationToken);
        return ManufacturerAliasView.From(stored.ToEntry(), ManufacturerAliases.Shipped, stored);
    }
}
