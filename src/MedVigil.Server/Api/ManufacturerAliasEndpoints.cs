using MedVigil.Application.Aliases;
using MedVigil.Server.Security;

namespace MedVigil.Server.Api;

/// <summary>The manufacturer alias table (ADR 0019): everyone in the tenant reads it, writers extend it.</summary>
public static class ManufacturerAliasEndpoints
{
    public static RouteGroupBuilder MapManufacturerAliases(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/manufacturer-aliases").WithTags("Manufacturer aliases").RequireAuthorization(Policies.Read);

        group.MapGet("/", async (ListManufacturerAliases useCase, CancellationToken ct) => TypedResults.Ok(await useCase.ExecuteAsync(ct)))
            .WithSummary("The alias table in effect for the tenant: shipped rows, then the tenant's own, each with the maker it resolves to");

        group.MapPost("/", async (AddManufacturerAliasCommand command, AddManufacturerAlias useCase, CancellationToken ct) =>
            (await useCase.ExecuteAsync(command, ct)).ToHttp(a => TypedResults.Created($"/api/manufacturer-aliases/{Uri.EscapeDataString(a.Alias)}", a)))
            .RequireAuthorization(Policies.Write)
            .WithSummary("Add a row to the tenant's alias table (refused when it would re-point an alias or close a cycle)");

        group.MapDelete("/{alias}", async (string alias, RemoveManufacturerAlias useCase, CancellationToken ct) =>
            (await useCase.ExecuteAsync(alias, ct)).ToHttp())
            .RequireAuthorization(Policies.Write)
            .WithSummary("Remove a row the tenant added (shipped rows stay)");

        return group;
    }
}
