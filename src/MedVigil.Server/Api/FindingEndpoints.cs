using MedVigil.Application.Findings;
using MedVigil.Server.Security;

namespace MedVigil.Server.Api;

/// <summary>Matching: run an analysis, read findings by device, model version or advisory, record analyses.</summary>
public static class FindingEndpoints
{
    public sealed record AnalysisInput(
        string? State, string? Justification = null, IReadOnlyList<string>? Responses = null, string? Detail = null,
        string? Scope = "model_version", string? AssetId = null);

    public static void MapFindings(this IEndpointRouteBuilder routes)
    {
        var findings = routes.MapGroup("/findings").WithTags("Findings").RequireAuthorization(Policies.Read);
        findings.MapGet("/", async (ListFindings useCase, CancellationToken ct, string? assetId = null, string? advisoryId = null) =>
                (await useCase.ExecuteAsync(new ListFindingsQuery(assetId, null, advisoryId), ct)).ToHttp())
            .WithSummary("Open findings per device (filter by asset id and/or advisory id), with the reason each applies");
        findings.MapPost("/{findingId:guid}/analysis", async (Guid findingId, AnalysisInput input, AnalyseFinding useCase, CancellationToken ct) =>
                (await useCase.ExecuteAsync(new AnalyseFindingCommand(findingId, input.State, input.Justification, input.Responses,
                    input.Detail, input.Scope, input.AssetId), ct)).ToHttp())
            .RequireAuthorization(Policies.Write)
            .WithSummary("Record an analysis (CycloneDX state, justification, responses) for a device, a model version or a model");

        routes.MapGet("/devices/{deviceId:guid}/findings", async (Guid deviceId, ListFindings useCase, CancellationToken ct) =>
                (await useCase.ExecuteAsync(new ListFindingsQuery(null, deviceId), ct)).ToHttp())
            .WithTags("Findings").WithSummary("One device's open findings");
        routes.MapGet("/model-versions/{modelVersionId:guid}/findings", async (Guid modelVersionId, ListModelVersionFindings useCase, CancellationToken ct) =>
                (await useCase.ExecuteAsync(modelVersionId, ct)).ToHttp())
            .WithTags("Findings").WithSummary("One model version's open findings, devices or not");
        routes.MapGet("/advisories/{advisoryId}/affected", async (string advisoryId, ListFindings useCase, CancellationToken ct) =>
                (await useCase.ExecuteAsync(new ListFindingsQuery(null, null, advisoryId), ct)).ToHttp())
            .WithTags("Findings").WithSummary("Which of our devices does this advisory affect? (its publisher's id, e.g. ICSMA-24-123-01)");
        routes.MapPost("/analysis", async (AnalyzeFindings useCase, CancellationToken ct, bool full = false) =>
                (await useCase.ExecuteAsync(new AnalyzeCommand(full), ct)).ToHttp())
            .RequireAuthorization(Policies.Write)
            .WithTags("Findings").WithSummary("Run the matching analysis now (incremental unless full=true)");
    }
}
