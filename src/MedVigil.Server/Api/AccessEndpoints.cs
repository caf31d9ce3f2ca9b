using System.Security.Claims;
using MedVigil.Application.Access;
using MedVigil.Persistence;
using MedVigil.Server.Security;

namespace MedVigil.Server.Api;

public static class AccessEndpoints
{
    public sealed record Me(string Name, string Role, Guid TenantId, string AuthenticatedBy);

    public static RouteGroupBuilder MapAccess(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/me", (ClaimsPrincipal user, TenantScope scope) => TypedResults.Ok(new Me(
                scope.Actor, scope.Role?.ToString() ?? "", scope.RequireTenant(), user.FindFirstValue(MedVigilClaims.AuthMethod) ?? "")))
            .WithTags("Access").RequireAuthorization(Policies.Read)
            .WithSummary("Who the caller is, in which tenant, with which role");

        var keys = routes.MapGroup("/apikeys").WithTags("Access")
            .RequireAuthorization(Policies.Admin).RequireRateLimiting(RateLimits.Credentials);

        keys.MapGet("/", async (ListApiKeys useCase, CancellationToken ct) => TypedResults.Ok(await useCase.ExecuteAsync(ct)))
            .WithSummary("The tenant's API keys (never their secrets)");

        keys.MapPost("/", async (CreateApiKeyCommand command, CreateApiKey useCase, CancellationToken ct) =>
            (await useCase.ExecuteAsync(command, ct)).ToHttp(k => TypedResults.Created($"/api/apikeys/{k.Key.Id}", k)))
            .WithSummary("Create an API key; the token is in this response only");

        keys.MapPost("/{apiKeyId:guid}/revoke", async (Guid apiKeyId, RevokeApiKey useCase, CancellationToken ct) =>
            (await useCase.ExecuteAsync(apiKeyId, ct)).ToHttp())
            .WithSummary("Revoke an API key");

        var users = routes.MapGroup("/users").WithTags("Access")
            .RequireAuthorization(Policies.Admin).RequireRateLimiting(RateLimits.Credentials);

        users.MapPost("/", async (AddUserCommand command, AddUser useCase, CancellationToken ct) =>
            (await useCase.ExecuteAsync(command, ct)).ToHttp(u => TypedResults.Created($"/api/users/{u.Id}", u)))
            .WithSummary("Add a person to the tenant with one role");

        return keys;
    }
}
