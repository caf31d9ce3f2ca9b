using System.Security.Claims;
using MedVigil.Domain.Access;
using MedVigil.Persistence;

namespace MedVigil.Server.Security;

/// <summary>Enters the request's tenant scope from the authenticated principal, so every query is filtered.</summary>
public sealed class TenantScopeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, TenantScope scope)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && Guid.TryParse(user.FindFirstValue(MedVigilClaims.Tenant), out var tenantId)
            && RoleRules.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role))
        {
            scope.Enter(tenantId, user.Identity.Name ?? "unknown", role);
        }

        return next(context);
    }
}
