using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Tenants;

/// <summary>Tenant ids to slugs, for reports that cover every tenant.</summary>
public sealed class ListTenantSlugs(MedVigilDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, string>> ExecuteAsync(CancellationToken cancellationToken) =>
        await db.Tenants.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug, cancellationToken);
}
