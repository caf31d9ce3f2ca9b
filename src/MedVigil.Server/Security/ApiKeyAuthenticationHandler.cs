using System.Security.Claims;
using System.Text.Encodings.Web;
using MedVigil.Application.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MedVigil.Server.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer mvk_…</c> or <c>X-Api-Key: mvk_…</c>. The token itself is never
/// logged; a failure says only that the key was not accepted.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public static string? ReadToken(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var key) && key.Count == 1)
        {
            return key[0];
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var authenticate = Context.RequestServices.GetRequiredService<AuthenticateApiKey>();
        var identity = await authenticate.ExecuteAsync(token, Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("The API key was not accepted.");
        }

        var claims = new[]
        {
            new Claim(ClaimTypes.NameIdentifier, identity.KeyId.ToString()),
            new Claim(ClaimTypes.Name, $"apikey:{identity.Name}"),
            new Claim(ClaimTypes.Role, identity.Role.ToString()),
            new Claim(MedVigilClaims.Tenant, identity.TenantId.ToString()),
            new Claim(MedVigilClaims.AuthMethod, SchemeName),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
