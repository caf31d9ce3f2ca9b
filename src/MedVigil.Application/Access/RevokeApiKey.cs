using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Access;

/// <summary>Revokes an API key of the current tenant; it stops working on its next request.</summary>
public sealed class RevokeApiKey(MedVigilDbContext db, TimeProvider time)
{
    public async Task<Result<ApiKeyView>> ExecuteAsync(Guid apiKeyId, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == apiKeyId, cancellationToken);
        if (key is null)
        {
            return Error.NotFound("API key", apiKeyId);
        }

        var revoked = key.Revoke(time);
        if (!revoked.IsSuccess)
        {
            return revoked.Error;
        }

        db.Audit("apikey.revoked", nameof(ApiKey), key.Id, $"API key '{key.Name}' revoked.");
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyView.From(key);
    }
}
