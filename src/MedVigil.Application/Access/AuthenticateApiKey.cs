using MedVigil.Domain.Access;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Access;

/// <summary>Who a valid API key speaks for.</summary>
public sealed record ApiKeyIdentity(Guid TenantId, Guid KeyId, string Name, Role Role);

/// <summary>
/// Checks a presented token. This runs before any tenant is in scope, so it bypasses the tenant filter, but only
/// for the tenant the token itself names and only to compare hashes.
/// </summary>
public sealed class AuthenticateApiKey(MedVigilDbContext db)
{
    public async Task<ApiKeyIdentity?> ExecuteAsync(string? token, CancellationToken cancellationToken)
    {
        if (!ApiKey.TryReadToken(token, out var tenantId, out var keyId))
        {
            return null;
        }

        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(k => k.TenantId == tenantId && k.KeyId == keyId, cancellationToken);
        return key is not null && key.Accepts(token!) ? new ApiKeyIdentity(key.TenantId, key.Id, key.Name, key.Role) : null;
    }
}
