using MedVigil.Application.Risk.Acceptance;
using MedVigil.Server.Security;

namespace MedVigil.Server.Api;

/// <summary>Risk acceptance (ADR 0027): accept a finding's risk until a date, list acceptances with their state, revoke one.</summary>
public static class RiskAcceptanceEndpoints
{
    public sealed record AcceptanceInput(string? Owner, string? Justification, DateOnly? ExpiresOn = null, string? Scope = null, string? AssetId = null);

    public sealed record RevocationInput(string? Reason);

    public static void MapRiskAcceptances(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/findings/{findingId:guid}/acceptances", async (Guid findingId, AcceptanceInput input, AcceptRisk useCase, CancellationToken ct) =>
                (await useCase.ExecuteAsync(new AcceptRiskCommand(findingId, input.Owner, input.Justification, input.ExpiresOn, input.Scope, input.AssetId), ct)).ToHttp())
            .RequireAuthorization(Policies.Write)
            .WithTags("Risk acceptance").WithSummary("Accept a finding's risk until a date (default 180 days) for a device, model version or model");

        var acceptances = routes.MapGroup("/risk-acceptances").WithTags("Risk acceptance");
        acceptances.MapGet("/", async (ListRiskAcceptances useCase, CancellationToken ct, string? state = null) =>
                (await useCase.ExecuteAsync(new ListRiskAcceptancesQuery(state), ct)).ToHttp())
            .WithSummary("Risk acceptances with their state now (active, expiring within 10 days, expired, revoked), soonest expiry first");
        acceptances.MapPost("/{acceptanceId:guid}/revoke", async (Guid acceptanceId, RevocationInput input, RevokeRiskAcceptance useCase, CancellationToken ct) =>
                (await useCase.ExecuteAsync(new RevokeRiskAcceptanceCommand(acceptanceId, input.Reason), ct)).ToHttp())
            .RequireAuthorization(Policies.Write)
            .WithSummary("End an acceptance now: the finding is open work again and its SLA clock restarts");
    }
}
