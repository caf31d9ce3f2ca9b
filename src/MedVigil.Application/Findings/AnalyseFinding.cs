using MedVigil.Domain.Common;
using MedVigil.Domain.Findings;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Findings;

/// <summary>
/// A person's analysis of a finding, in CycloneDX terms (<c>not_affected</c> + <c>code_not_reachable</c>…), and how
/// far it reaches: <c>device</c> (then <see cref="AssetId"/> names it), <c>model_version</c> or <c>model</c>.
/// </summary>
public sealed record AnalyseFindingCommand(
    Guid FindingId, string? State, string? Justification = null, IReadOnlyList<string>? Responses = null, string? Detail = null,
    string? Scope = "model_version", string? AssetId = null);

/// <summary>What was decided and how many open findings it now covers.</summary>
public sealed record AnalyseFindingResult(Guid DecisionId, string Scope, Guid ScopeId, string State, int FindingsCovered);

/// <summary>
/// Records an analysis decision and applies it at once to every open finding of the same vulnerability and package
/// within its scope; later analysis runs carry it over to findings that recur there (new SBOM versions, other
/// devices). Device-scoped decisions change what that device's findings show, not the model version's finding.
/// Audited as <c>finding.analysed</c>.
/// </summary>
public sealed class AnalyseFinding(MedVigilDbContext db, TenantScope scope, TimeProvider time)
{
    public async Task<Result<AnalyseFindingResult>> ExecuteAsync(AnalyseFindingCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var tenantId = scope.RequireTenant();
        var finding = await db.Findings.SingleOrDefaultAsync(f => f.Id == command.FindingId, cancellationToken);
        if (finding is null || finding.IsRetracted || finding.ModelVersionId is not { } versionId)
        {
            return Error.NotFound("Open finding", command.FindingId);
        }

        if (AnalysisText.ParseState(command.State) is not { } state)
        {
            return Invalid("state", "one of " + string.Join(", ", Enum.GetValues<AnalysisState>().Select(AnalysisText.State)));
        }

        Justification? justification = null;
        if (command.Justification is { Length: > 0 } justificationText)
        {
            if (AnalysisText.ParseJustification(justificationText) is not { } parsed)
            {
                return Invalid("justification", "one of " + string.Join(", ", Enum.GetValues<Justification>().Select(AnalysisText.Justification)));
            }

            justification = parsed;
        }

        var responses = new List<string>();
        foreach (var text in command.Responses ?? [])
        {
            if (AnalysisText.ParseResponse(text) is not { } response)
            {
                return Invalid("responses", $"'{text}' is not a CycloneDX response");
            }

            responses.Add(AnalysisText.Response(response));
        }

        if (command.Detail is { Length: > 4000 })
        {
            return Invalid("detail", "at most 4000 characters");
        }

        var resolved = await DecisionScopes.ResolveAsync(db, command.Scope ?? "model_version", versionId, command.AssetId, cancellationToken);
        if (!resolved.TryGetValue(out var target))
        {
            return resolved.Error!;
        }

        var (decisionScope, scopeId) = target;

        var analysis = new Analysis(state, justification, command.Detail, scope.Actor.Length <= 200 ? scope.Actor : scope.Actor[..200],
            time.GetUtcNow(), responses.Count == 0 ? null : string.Join(',', responses));
        var decision = AnalysisDecision.Record(tenantId, finding, decisionScope, scopeId, analysis, time);
        if (!decision.IsSuccess)
        {
            return decision.Error;
        }

        db.AnalysisDecisions.Add(decision.Value);
        var covered = await ApplyAsync(finding, decisionScope, scopeId, analysis, cancellationToken);
        db.Audit("finding.analysed", nameof(Finding), finding.Id,
            $"{finding.VulnerabilityId} on {finding.ComponentText ?? "the device"}: {AnalysisText.State(state)}"
            + (justification is { } j ? $" ({AnalysisText.Justification(j)})" : "") + $" for {AnalysisText.Scope(decisionScope)} {scopeId}");
        await db.SaveChangesAsync(cancellationToken);
        return new AnalyseFindingResult(decision.Value.Id, AnalysisText.Scope(decisionScope), scopeId, AnalysisText.State(state), covered);
    }

    private static Error Invalid(string field, string message) => Error.Validation($"{field}: {message}.", new FieldError(field, message));

    /// <summary>Applies a model-version or model decision to the open findings it covers; a device decision covers one.</summary>
    private async Task<int> ApplyAsync(Finding finding, DecisionScope decisionScope, Guid scopeId, Analysis analysis, CancellationToken cancellationToken)
    {
        if (decisionScope == DecisionScope.Device)
        {
            return 1;
        }

        var versions = decisionScope == DecisionScope.Model
            ? await db.ModelVersions.Where(v => v.DeviceModelId == scopeId).Select(v => (Guid?)v.Id).ToListAsync(cancellationToken)
            : [scopeId];
        var covered = await db.Findings
            .Where(f => f.RetractedAt == null && f.VulnerabilityId == finding.VulnerabilityId && f.ComponentKey == finding.ComponentKey
                && versions.Contains(f.ModelVersionId))
            .ToListAsync(cancellationToken);
        foreach (var other in covered)
        {
            other.Analyse(analysis);
        }

        return covered.Count;
    }
}
