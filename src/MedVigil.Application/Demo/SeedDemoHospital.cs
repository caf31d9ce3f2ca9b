using System.Security.Cryptography;
using MedVigil.Application.Access;
using MedVigil.Application.Findings;
using MedVigil.Application.Inventory;
using MedVigil.Application.Tenants;
using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Formats.Inventory;
using MedVigil.Persistence;
using MedVigil.Persistence.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Demo;

/// <summary>What a person needs to try the demo: a login and an API key, both fresh on every run.</summary>
public sealed record DemoCredentials(
    string TenantSlug, string Email, string Password, string ApiKey, int Devices, ImportSummary Import, DemoDocumentsSummary Documents,
    AnalysisSummary Analysis);

/// <summary>
/// Creates (or brings up to date) the demo tenant through the ordinary use cases, so the demo exercises the same
/// paths as real data: tenant creation, inventory import, the demo's SBOMs and advisories, an incremental analysis
/// (so the explained findings are there at once; a second run finds nothing new), users and keys, all in the audit chain.
/// </summary>
public sealed class SeedDemoHospital(
    MedVigilDbContext db, CreateTenant createTenant, ImportInventory importInventory, ImportDemoDocuments importDocuments,
    AnalyzeFindings analyzeFindings, AddUser addUser, CreateApiKey createApiKey, UserManager<AppUser> users)
{
    public const string AdminEmail = "admin@example.org";

    public async Task<Result<DemoCredentials>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == DemoHospital.TenantSlug, cancellationToken);
        if (tenant is null)
        {
            var created = await createTenant.ExecuteAsync(new CreateTenantCommand(DemoHospital.TenantSlug, DemoHospital.TenantName), cancellationToken);
            if (!created.IsSuccess)
            {
                return created.Error;
            }
        }
        else
        {
            db.Scope.Enter(tenant.Id, db.Scope.Actor, Role.Admin);
        }

        var read = new InventoryReadResult(DemoHospital.Generate(), []);
        var imported = await importInventory.ExecuteAsync(new ImportInventoryCommand("demo hospital generator", read, SkipInvalid: false), cancellationToken);
        if (!imported.IsSuccess)
        {
            return imported.Error;
        }

        var documents = await importDocuments.ExecuteAsync(cancellationToken);
        if (!documents.IsSuccess)
        {
            return documents.Error;
        }

        var analysis = await analyzeFindings.ExecuteAsync(new AnalyzeCommand(), cancellationToken);
        if (!analysis.IsSuccess)
        {
            return analysis.Error;
        }

        var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
        var login = await SetAdminPasswordAsync(password, cancellationToken);
        if (!login.IsSuccess)
        {
            return login.Error;
        }

        var key = await createApiKey.ExecuteAsync(new CreateApiKeyCommand("demo", nameof(Role.Admin)), cancellationToken);
        if (!key.IsSuccess)
        {
            return key.Error;
        }

        var devices = await db.Devices.CountAsync(cancellationToken);
        return new DemoCredentials(DemoHospital.TenantSlug, AdminEmail, password, key.Value.Token, devices, imported.Value, documents.Value, analysis.Value);
    }

    private async Task<Result<string>> SetAdminPasswordAsync(string password, CancellationToken cancellationToken)
    {
        var admin = await users.FindByNameAsync(AdminEmail);
        if (admin is null)
        {
            var added = await addUser.ExecuteAsync(new AddUserCommand(AdminEmail, password, nameof(Role.Admin), "Demo administrator"), cancellationToken);
            return added.Map(u => u.Email);
        }

        db.Audit("user.password_reset", "User", AdminEmail, "Demo administrator password replaced by `medvigil demo`.");
        var removed = await users.RemovePasswordAsync(admin);
        var set = removed.Succeeded ? await users.AddPasswordAsync(admin, password) : removed;
        return set.Succeeded
            ? AdminEmail
            : Error.Validation("Could not set the demo password.", [.. set.Errors.Select(e => new FieldError("password", e.Description))]);
    }
}
