using MedVigil.Application.Audit;
using MedVigil.Application.Common;
using MedVigil.Server.Security;

namespace MedVigil.Server.Api;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.Read);

        group.MapGet("/events", async (ListAuditEvents useCase, CancellationToken ct, int page = 1, int pageSize = 50) =>
            TypedResults.Ok(await useCase.ExecuteAsync(new Paging(page, pageSize), ct)))
            .WithSummary("The tenant's audit trail, newest first");

        group.MapGet("/verify", async (VerifyAuditChain useCase, CancellationToken ct) =>
            TypedResults.Ok(await useCase.ExecuteAsync(ct)))
            .WithSummary("Recompute the tenant's hash chain and name the first broken link, if any");

        return group;
    }
}
