using MedVigil.Application.Findings;
using MedVigil.Application.Risk.Acceptance;
using MedVigil.Application.Mitigations;
using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Mitigations;
using MedVigil.Domain.Risk;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Risk;

/// <summary>
/// Why a finding has its priority: on one device (by asset id) with the device's facts, or without a device as the
/// model version's own finding, with the device facts unknown (the worst values).
/// </summary>
public sealed record ExplainFindingRiskQuery(Guid FindingId, string? AssetId = null);

/// <summary>
/// The explanation: the finding, the device (null without one), the analysis state on it and, when the finding needs
/// action, the assessment (inputs with their sources, official rows, due time) and whether it is overdue now.
/// </summary>
public sealed record FindingRiskExplanation(
    Guid FindingId, string VulnerabilityId, string? AssetId, string Status, string AnalysisState,
    FindingRisk? Risk, bool Overdue);

/// <summary>Explains the SSVC priority and due date of one finding, with the default policies (ADR 0023).</summary>
public sealed class ExplainFindingRisk(MedVigilDbContext db, TimeProvider time)
{
    public async Task<Result<FindingRiskExplanation>> ExecuteAsync(ExplainFindingRiskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var finding = await db.Findings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == query.FindingId, cancellationToken);
        if (finding is null || finding.IsRetracted)
        {
            return Error.NotFound("Finding", query.FindingId);
        }

        Device? device = null;
        if (query.AssetId is { } assetId)
        {
            device = await db.Devices.AsNoTracking().SingleOrDefaultAsync(d => d.AssetId == assetId, cancellationToken);
            if (device is null)
            {
                return Error.NotFound("Device", assetId);
            }

            if (device.ModelVersionId != finding.ModelVersionId)
            {
                return Error.Validation($"Finding {finding.Id} ({finding.VulnerabilityId}) is not a finding of device {assetId}: "
                    + "it belongs to another model version.", new FieldError("device", "not-affected-device"));
            }
        }

        var analysis = finding.Analysis;
        if (device is not null && (await AnalysisDecisions.LoadAsync(db, cancellationToken)).Covering(finding, device.Id, null, null) is { } onDevice)
        {
            analysis = onDevice.Analysis;
        }

        var facts = await FindingRiskData.LoadAsync(db, [finding.VulnerabilityId], cancellationToken);
        var risk = FindingRiskData.Assess(
            finding, analysis, facts, device?.Exposure ?? Exposure.Unknown, device?.ClinicalFunction ?? ClinicalFunction.Unknown, device?.CreatedAt);
        string? resolution = null;
        if (device is not null)
        {
            // On a device, verified mitigations are the source of the inputs they changed, or resolve the finding (ADR 0025).
            var mitigations = await VerifiedMitigations.LoadAsync(db, cancellationToken);
            var mitigated = VerifiedMitigations.Assess(finding, analysis, facts, device.Exposure, device.ClinicalFunction, device.CreatedAt,
                mitigations.Covering(device.Id, finding), MitigationEffects.VerifiedLabel);
            (risk, resolution) = (mitigated?.Risk, mitigated?.Mitigated.Resolution);
        }

        var modelId = await db.ModelVersions.Where(v => v.Id == finding.ModelVersionId).Select(v => (Guid?)v.DeviceModelId).SingleOrDefaultAsync(cancellationToken);
        risk = (await RiskAcceptances.LoadAsync(db, cancellationToken)).Apply(risk, finding, device?.Id, finding.ModelVersionId, modelId, time.GetUtcNow());

        return new FindingRiskExplanation(
            finding.Id, finding.VulnerabilityId, device?.AssetId, resolution ?? AnalysisText.Status(finding.Status), AnalysisText.State(analysis.State),
            risk, risk?.IsOverdue(time) ?? false);
    }
}
