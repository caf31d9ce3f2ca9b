using MedVigil.Application.Mitigations;
using MedVigil.Server.Security;

namespace MedVigil.Server.Api;

/// <summary>Mitigations (ADR 0025): propose, move through the workflow, list, show, what-if, and the downtime they need.</summary>
public static class MitigationEndpoints
{
    public sealed record ProposeInput(
        string? Kind, IReadOnlyList<string>? Devices, string? Owner, IReadOnlyList<string>? Vulnerabilities = null, IReadOnlyList<Guid>? Findings = null,
        int DowntimeMinutesPerDevice = 0, bool SignOffRequired = false, bool OutOfServiceDuringWork = false, string? Notes = null);

    /// <summary><c>plannedStart</c> for schedule; <c>note</c> is the sign-off note or the reason to reject or cancel;
    /// <c>signedOffBy</c> lets an Admin record a named clinical engineer's sign-off.</summary>
    public sealed record StepInput(DateTimeOffset? PlannedStart = null, string? Note = null, string? SignedOffBy = null);

    public sealed record WhatIfInput(string? Kind, IReadOnlyList<string>? Devices, IReadOnlyList<string>? Vulnerabilities = null);

    public static void MapMitigations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/mitigations").WithTags("Mitigations").RequireAuthorization(Policies.Read);
        group.MapGet("/", async (ListMitigations useCase, CancellationToken ct, string? state = null) =>
                (await useCase.ExecuteAsync(state, ct)).ToHttp())
            .WithSummary("The tenant's mitigations, newest first (filter by state: proposed, approved, scheduled, done, verified, rejected, cancelled)");
        group.MapGet("/{mitigationId:guid}", async (Guid mitigationId, GetMitigation useCase, CancellationToken ct) =>
                (await useCase.ExecuteAsync(mitigationId, ct)).ToHttp())
            .WithSummary("One mitigation, with the residual priorities kept when it was verified");
        group.MapGet("/needing-downtime", async (MitigationsNeedingDowntime useCase, CancellationToken ct) =>
                TypedResults.Ok(await useCase.ExecuteAsync(ct)))
            .WithSummary("Approved and scheduled mitigations that take devices out of use, per device, worst priority and earliest due date first");
        group.MapPost("/", async (ProposeInput input, ProposeMitigation useCase, CancellationToken ct) =>
                (await useCase.ExecuteAsync(new ProposeMitigationCommand(input.Kind, input.Devices ?? [], input.Owner, input.Vulnerabilities, input.Findings,
                    input.DowntimeMinutesPerDevice, input.SignOffRequired, input.OutOfServiceDuringWork, input.Notes), ct))
                .ToHttp(m => TypedResults.Created($"/api/mitigations/{m.Id}", m)))
            .RequireAuthorization(Policies.Write)
            .WithSummary("Propose a mitigation (update, segmentation, disable-service, compensating-control, enhanced-monitoring, retire) for devices by asset id");
        // What-if saves nothing, but planning mitigations is a write role's work (and a POST carries the device list).
        group.MapPost("/what-if", async (WhatIfInput input, WhatIfMitigation useCase, CancellationToken ct) =>
                (await useCase.ExecuteAsync(new WhatIfMitigationQuery(input.Kind, input.Devices ?? [], input.Vulnerabilities), ct)).ToHttp())
            .RequireAuthorization(Policies.Write)
            .WithSummary("Per open finding on the devices, the priority before and after an imagined verified mitigation; nothing is saved");
        foreach (var step in Enum.GetValues<MitigationStep>())
        {
            group.MapPost($"/{{mitigationId:guid}}/{MoveMitigation.Step(step)}", async (Guid mitigationId, StepInput input, MoveMitigation useCase, CancellationToken ct) =>
                    (await useCase.ExecuteAsync(new MoveMitigationCommand(mitigationId, step, input.PlannedStart, input.Note, input.SignedOffBy), ct)).ToHttp())
                .RequireAuthorization(Policies.Write)
                .WithSummary($"Mitigation workflow: {MoveMitigation.Step(step)}");
        }
    }
}
