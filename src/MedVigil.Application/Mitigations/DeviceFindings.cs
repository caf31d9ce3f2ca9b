using MedVigil.Application.Findings;
using MedVigil.Application.Risk;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Mitigations;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>One open finding as one device sees it, with the analysis that applies there.</summary>
internal sealed record DeviceFinding(Device Device, Finding Finding, Analysis Analysis);

/// <summary>
/// The open findings of a set of devices with their feed facts and the verified mitigations, so a mitigation's
/// residual (verification, what-if) and the downtime query assess findings the way the findings listing does.
/// </summary>
internal sealed record DeviceFindings(
    IReadOnlyList<DeviceFinding> Rows, IReadOnlyDictionary<string, VulnerabilityRiskFacts> Facts, VerifiedMitigations Verified)
{
    public static async Task<DeviceFindings> LoadAsync(MedVigilDbContext db, IReadOnlyCollection<Guid> deviceIds, CancellationToken cancellationToken)
    {
        var devices = await db.Devices.AsNoTracking().Where(d => deviceIds.Contains(d.Id)).ToListAsync(cancellationToken);
        var versions = devices.Select(d => (Guid?)d.ModelVersionId).Distinct().ToList();
        var findings = (await db.Findings.AsNoTracking().Where(f => f.RetractedAt == null && versions.Contains(f.ModelVersionId)).ToListAsync(cancellationToken))
            .ToLookup(f => f.ModelVersionId!.Value);
        var decisions = await AnalysisDecisions.LoadAsync(db, cancellationToken);
        var rows = devices.OrderBy(d => d.AssetId, StringComparer.Ordinal)
            .SelectMany(d => findings[d.ModelVersionId].OrderBy(f => f.VulnerabilityId, StringComparer.Ordinal).ThenBy(f => f.ComponentText, StringComparer.Ordinal)
                .Select(f => new DeviceFinding(d, f, decisions.Covering(f, d.Id, null, null)?.Analysis ?? f.Analysis)))
            .ToList();
        var facts = await FindingRiskData.LoadAsync(db, rows.Select(r => r.Finding.VulnerabilityId), cancellationToken);
        return new(rows, facts, await VerifiedMitigations.LoadAsync(db, cancellationToken));
    }

    /// <summary>The current assessment of a row: with every verified mitigation covering it.</summary>
    public MitigatedRisk? Current(DeviceFinding row) => Assess(row, Verified.Covering(row.Device.Id, row.Finding), MitigationEffects.VerifiedLabel);

    /// <summary>
    /// Before and after <paramref name="candidate"/> for each open finding it covers: before with the other verified
    /// mitigations, after with <paramref name="candidate"/> applied last.
    /// </summary>
    public IReadOnlyList<ResidualPriority> Residuals(Mitigation candidate, Func<Mitigation, string> label)
    {
        var residuals = new List<ResidualPriority>();
        foreach (var row in Rows.Where(r => candidate.Covers(r.Device.Id, r.Finding.Id, r.Finding.VulnerabilityId)))
        {
            var others = Verified.Covering(row.Device.Id, row.Finding, except: candidate.Id).ToList();
            if (Assess(row, others, MitigationEffects.VerifiedLabel) is not { } before)
            {
                continue;
            }

            var after = Assess(row, others.Append(candidate), m => m.Id == candidate.Id ? label(m) : MitigationEffects.VerifiedLabel(m))!;
            residuals.Add(MitigatedRisk.Residual(row.Finding.Id, row.Device.Id, row.Device.AssetId, row.Finding.VulnerabilityId, before, after));
        }

        return residuals;
    }

    private MitigatedRisk? Assess(DeviceFinding row, IEnumerable<Mitigation> covering, Func<Mitigation, string> label) =>
        VerifiedMitigations.Assess(row.Finding, row.Analysis, Facts, row.Device.Exposure, row.Device.ClinicalFunction, row.Device.CreatedAt, covering, label);
}
