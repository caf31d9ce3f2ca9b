using MedVigil.Domain.Access;

namespace MedVigil.Application.Access;

/// <summary>An API key as listed: never its secret.</summary>
public sealed record ApiKeyView(Guid Id, string Name, string Role, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    internal static ApiKeyView From(ApiKey key) =>
        new(key.Id, key.Name, key.Role.ToString(), key.CreatedBy, key.CreatedAt, key.RevokedAt);
}

/// <summary>A new key with its token, which is shown this once and stored nowhere.</summary>
public sealed record CreatedApiKey(ApiKeyView Key, string Token);
