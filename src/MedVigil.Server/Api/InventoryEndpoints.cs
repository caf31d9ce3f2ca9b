using MedVigil.Application.Inventory;
using MedVigil.Formats.Inventory;
using MedVigil.Server.Security;

namespace MedVigil.Server.Api;

public static class InventoryEndpoints
{
    public static RouteGroupBuilder MapInventory(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/inventory").WithTags("Inventory").RequireAuthorization(Policies.Write);

        group.MapPost("/import", async (HttpRequest request, ImportInventory useCase, CancellationToken ct, bool skipInvalid = false) =>
            {
                // The CSV reader is synchronous; buffer the (size-limited) body first rather than block on the socket.
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                body.Position = 0;
                using var text = new StreamReader(body);
                var read = InventoryCsvReader.Read(text);
                var result = await useCase.ExecuteAsync(new ImportInventoryCommand("upload", read, skipInvalid), ct);
                return result.ToHttp();
            })
            .Accepts<string>("text/csv")
            .WithSummary("Import an inventory CSV (upsert by asset_id; all or nothing unless skipInvalid=true)");

        return group;
    }
}
