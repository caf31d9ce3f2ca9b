using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Domain.Tenants;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Tenants;

public sealed record CreateTenantCommand(string Slug, string Name);

/// <summary>
/// Creates a tenant with its first site. The scope switches to the new tenant so that the tenant's own audit
/// chain starts with its creation.
/// </summary>
public sealed class CreateTenant(MedVigilDbContext db, TimeProvider time)
{
    public const string DefaultSiteName = "Main site";

    public async Task<Result<Tenant>> ExecuteAsync(CreateTenantCommand command, CancellationToken cancellationToken)
    {
        if (!Tenant.IsValidSlug(command.Slug))
        {
            return Error.Validation("Invalid tenant.",
                new FieldError("slug", "2-40 lowercase letters, digits or '-', starting with a letter or digit"));
        }

        if (string.IsNullOrWhiteSpace(command.Name))
        {
            return Error.Validation("Invalid tenant.", new FieldError("name", "required"));
        }

        if (await db.Tenants.AnyAsync(t => t.Slug == command.Slug, cancellationToken))
        {
            return Error.Conflict("tenant_exists", $"Tenant '{command.Slug}' already exists.");
        }

        var tenant = Tenant.Create(command.Slug, command.Name, time);
        db.Tenants.Add(tenant);
        db.Scope.Enter(tenant.Id, db.Scope.Actor, Role.Admin);
        var site = Site.Create(tenant.Id, DefaultSiteName, time);
        db.Sites.Add(site);
        db.Audit("tenant.created", nameof(Tenant), tenant.Id, $"Tenant '{tenant.Slug}' ({tenant.Name}) created with site '{site.Name}'.");
        await db.SaveChangesAsync(cancellationToken);
        return tenant;
    }
}
