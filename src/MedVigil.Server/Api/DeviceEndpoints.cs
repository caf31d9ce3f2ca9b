using MedVigil.Application.Common;
using MedVigil.Application.Devices;
using MedVigil.Server.Security;

namespace MedVigil.Server.Api;

public static class DeviceEndpoints
{
    public sealed record LifecycleChange(string? Status);

    public static RouteGroupBuilder MapDevices(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/devices").WithTags("Devices").RequireAuthorization(Policies.Read);

        group.MapGet("/", async (ListDevices useCase, CancellationToken ct, int page = 1, int pageSize = 50,
                string? careUnit = null, string? clinicalFunction = null, string? exposure = null,
                string? lifecycleStatus = null, string? manufacturer = null, string? search = null) =>
            (await useCase.ExecuteAsync(new ListDevicesQuery(new Paging(page, pageSize), careUnit, clinicalFunction,
                exposure, lifecycleStatus, manufacturer, search), ct)).ToHttp())
            .WithSummary("List the tenant's devices (paged; filters combine with AND)");

        group.MapGet("/{deviceId:guid}", async (Guid deviceId, GetDevice useCase, CancellationToken ct) =>
            (await useCase.ExecuteAsync(deviceId, ct)).ToHttp())
            .WithSummary("One device");

        group.MapPost("/", async (DeviceInput input, RegisterDevice useCase, CancellationToken ct) =>
            (await useCase.ExecuteAsync(input, ct)).ToHttp(d => TypedResults.Created($"/api/devices/{d.Id}", d)))
            .RequireAuthorization(Policies.Write)
            .WithSummary("Register a device (manufacturer, model and version are found or created by name)");

        group.MapPut("/{deviceId:guid}", async (Guid deviceId, DeviceInput input, UpdateDevice useCase, CancellationToken ct) =>
            (await useCase.ExecuteAsync(deviceId, input, ct)).ToHttp())
            .RequireAuthorization(Policies.Write)
            .WithSummary("Replace a device's details (the asset id cannot change)");

        group.MapPost("/{deviceId:guid}/lifecycle", async (Guid deviceId, LifecycleChange change, ChangeDeviceLifecycle useCase, CancellationToken ct) =>
            (await useCase.ExecuteAsync(deviceId, change.Status, ct)).ToHttp())
            .RequireAuthorization(Policies.Write)
            .WithSummary("Change a device's lifecycle status (in-use, in-storage, in-maintenance, retired)");

        return group;
    }
}
