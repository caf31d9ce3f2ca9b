using MedVigil.Application.Mitigations;
using MedVigil.Application.Risk;
using MedVigil.Application.Risk.Acceptance;
using MedVigil.Domain.Common;
using MedVigil.Domain.Mitigations;
using MedVigil.Domain.Risk;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Findings;

/// <summary>
/// The open findings of the tenant's devices, narrowed to one device (by asset id or id), and/or to one advisory
/// (its publisher's id: "which of our devices does this affect?").
/// </summary>
public sealed record ListFindingsQuery(string? AssetId = null, Guid? DeviceId = null, string? AdvisoryId = null);

/// <summary>
/// One finding as a device sees it (devices inherit their model version's findings); <see cref="AssetId"/> is null
/// when a model version's own findings are listed. <see cref="Priority"/> is the SSVC deployer priority
/// (<c>defer</c>, <c>scheduled</c>, <c>out-of-cycle</c>, <c>immediate</c>) and <see cref="DueDate"/> its SLA date
/// (ADR 0023), both empty for findings that need no action (fixed, not affected, analysed away).
/// <see cref="Evidence"/> is the explanation in parts, as JSON. <see cref="AcceptedUntil"/> is set while a risk
/// acceptance covers the finding (ADR 0027): the priority stays, the due date goes.
/// </summary>
public sealed record FindingRow(
    Guid FindingId, string? AssetId, string Manufacturer, string Model, string Version, string VulnerabilityId,
    string? AdvisoryId, string? Source, string Status, string AnalysisState, string? Justification, string? AnalysisDetail,
    string? AnalysedBy, string? Priority, DateOnly? DueDate, string Reason, string? Component, string? Evidence,
    DateOnly? AcceptedUntil = null);

/// <summary>
/// Lists open findings per device, with the analysis that applies on that device: a device-scoped decision when
/// one exists, else the finding's own (model version, model or VEX). Ordered by asset id, vulnerability, component.
/// </summary>
public sealed class ListFindings(MedVigilDbContext db, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<FindingRow>>> ExecuteAsync(ListFindingsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var devices = db.Devices.AsNoTracking();
        if (query.AssetId is { } assetId)
        {
            devices = devices.Where(d => d.AssetId == assetId);
        }

        if (query.DeviceId is { } deviceId)
        {
            devices = devices.Where(d => d.Id == deviceId);
        }

        if ((query.AssetId is not null || query.DeviceId is not null) && !await devices.AnyAsync(cancellationToken))
        {
            return Error.NotFound("Device", query.AssetId ?? query.DeviceId.ToString()!);
        }

        if (query.AdvisoryId is { } named && !await db.Advisories.AnyAsync(a => a.ExternalId == named, cancellationToken))
        {
            return Error.NotFound("Advisory", named);
        }

        var deviceRows = await (
                from device in devices
                join version in db.ModelVersions on device.ModelVersionId equals version.Id
                join model in db.DeviceModels on version.DeviceModelId equals model.Id
                join manufacturer in db.Manufacturers on model.ManufacturerId equals manufacturer.Id
                select new { device.Id, device.AssetId, device.ModelVersionId, device.Exposure, device.ClinicalFunction, device.CreatedAt, ModelId = model.Id, Manufacturer = manufacturer.Name, Model = model.Name, version.Version })
            .ToListAsync(cancellationToken);
        var versionIds = deviceRows.Select(d => (Guid?)d.ModelVersionId).Distinct().ToList();
        var open = db.Findings.AsNoTracking().Where(f => f.RetractedAt == null && versionIds.Contains(f.ModelVersionId));
        if (query.AdvisoryId is { } advisoryId)
        {
            open = open.Where(f => f.AdvisoryExternalId == advisoryId);
        }

        var listed = await open.ToListAsync(cancellationToken);
        var findings = listed.ToLookup(f => f.ModelVersionId!.Value);
        var facts = await FindingRiskData.LoadAsync(db, listed.Select(f => f.VulnerabilityId), cancellationToken);
        var decisions = await AnalysisDecisions.LoadAsync(db, cancellationToken);
        var acceptances = await RiskAcceptances.LoadAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        var mitigations = await VerifiedMitigations.LoadAsync(db, cancellationToken);
        var rows = new List<FindingRow>();
        foreach (var device in deviceRows.OrderBy(d => d.AssetId, StringComparer.Ordinal))
        {
            foreach (var finding in findings[device.ModelVersionId].OrderBy(f => f.VulnerabilityId, StringComparer.Ordinal).ThenBy(f => f.ComponentText, StringComparer.Ordinal))
            {
                var analysis = decisions.Covering(finding, device.Id, null, null) is { } onDevice ? onDevice.Analysis : finding.Analysis;
                // Verified mitigations change the inputs, or resolve the finding on this device (ADR 0025); a risk
                // acceptance then keeps the priority and removes the due date (ADR 0027).
                var mitigated = VerifiedMitigations.Assess(finding, analysis, facts, device.Exposure, device.ClinicalFunction, device.CreatedAt,
                    mitigations.Covering(device.Id, finding), MitigationEffects.VerifiedLabel);
                var risk = acceptances.Apply(mitigated?.Risk, finding, device.Id, device.ModelVersionId, device.ModelId, now);
                rows.Add(Row(finding, analysis, risk, device.AssetId, device.Manufacturer, device.Model, device.Version, mitigated?.Mitigated.Resolution));
            }
        }

        return rows;
    }

    internal static FindingRow Row(
        Domain.Findings.Finding finding, Domain.Findings.Analysis analysis, FindingRisk? risk, string? assetId, string manufacturer, string model, string version,
        string? resolution = null) => new(
        finding.Id, assetId, manufacturer, model, version, finding.VulnerabilityId,
        finding.AdvisoryExternalId, finding.Source, resolution ?? AnalysisText.Status(finding.Status), AnalysisText.State(analysis.State),
        analysis.Justification is { } j ? AnalysisText.Justification(j) : null, analysis.Detail, analysis.AnalysedBy,
        risk?.PriorityText, risk?.DueDate, finding.Reason, finding.ComponentText, finding.Evidence,
        risk?.AcceptedUntil is { } until ? DateOnly.FromDateTime(until.UtcDateTime) : null);
}
