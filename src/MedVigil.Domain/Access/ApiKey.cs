using System.Security.Cryptography;
using System.Text;
using MedVigil.Domain.Common;

namespace MedVigil.Domain.Access;

/// <summary>
/// A machine credential scoped to one tenant and one role. Only a SHA-256 hash of the secret is kept; the full
/// token (<c>mvk_{tenantId}{keyId}_{secret}</c>) is shown once, at creation (ADR 0005). The token names its tenant, so
/// finding the key uses a tenant-led index like every other lookup.
/// </summary>
public sealed class ApiKey : ITenantOwned
{
    private const string Prefix = "mvk_";

    private ApiKey()
    {
        KeyId = Name = SecretHash = CreatedBy = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    /// <summary>The public part of the token, unique within the tenant, used to find the key.</summary>
    public string KeyId { get; private set; }

    public string Name { get; private set; }

    public Role Role { get; private set; }

    public string SecretHash { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Creates a key and returns the token, which exists nowhere else once the caller drops it.</summary>
    public static (ApiKey Key, string Token) Issue(Guid tenantId, string name, Role role, string createdBy, TimeProvider time)
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = $"{Prefix}{tenantId:N}{keyId}_{secret}";
        var key = new ApiKey
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Id = Ids.New(time),
            KeyId = keyId,
            Name = Guard.Text(name, nameof(name), 100),
            Role = role,
            SecretHash = Hash(token),
            CreatedBy = Guard.Text(createdBy, nameof(createdBy), 200),
            CreatedAt = time.GetUtcNow(),
        };
        return (key, token);
    }

    /// <summary>Reads the tenant and key id out of a presented token; false when it is not shaped like one of ours.</summary>
    public static bool TryReadToken(string? token, out Guid tenantId, out string keyId)
    {
        tenantId = Guid.Empty;
        keyId = string.Empty;
        const int publicLength = 32 + 16;
        if (token is null || token.Length > 200 || !token.StartsWith(Prefix, StringComparison.Ordinal)
            || token.Length <= Prefix.Length + publicLength || token[Prefix.Length + publicLength] != '_'
            || !Guid.TryParseExact(token.AsSpan(Prefix.Length, 32), "N", out tenantId))
        {
            tenantId = Guid.Empty;
            return false;
        }

        keyId = token.Substring(Prefix.Length + 32, 16);
        if (keyId.All(char.IsAsciiHexDigitLower))
        {
            return true;
        }

        (tenantId, keyId) = (Guid.Empty, string.Empty);
        return false;
    }

    /// <summary>Constant-time check of a presented token against the stored hash.</summary>
    public bool Accepts(string token) =>
        !IsRevoked && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(SecretHash));

    public Result<DateTimeOffset> Revoke(TimeProvider time)
    {
        if (IsRevoked)
        {
            return Error.InvalidTransition($"API key '{Name}' is already revoked.");
        }

        RevokedAt = time.GetUtcNow();
        return RevokedAt.Value;
    }

    // The secret has 256 bits of entropy, so a plain SHA-256 is enough; a slow KDF would only slow every request.
    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
