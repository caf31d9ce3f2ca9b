using MedVigil.Domain.Common;
using MedVigil.Domain.Tenants;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Tenants;

/// <summary>Looks a tenant up by its slug, for hosts that name tenants on the command line.</summary>
public sealed class FindTenant(MedVigilDbContext db)
{
    public async Task<Result<Tenant>> ExecuteAsync(string slug, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        return tenant is null ? Error.NotFound("Tenant", slug) : tenant;
    }
}
