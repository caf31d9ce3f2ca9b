using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Access;

/// <summary>The current tenant's API keys, newest first, revoked ones included.</summary>
public sealed class ListApiKeys(MedVigilDbContext db)
{
    public async Task<IReadOnlyList<ApiKeyView>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(cancellationToken);
        return [.. keys.Select(ApiKeyView.From)];
    }
}
