using MedVigil.Domain.Findings;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Findings;

/// <summary>
/// The tenant's analysis decisions by vulnerability and package, to carry them over to findings that recur: the
/// newest decision of the narrowest scope that covers the finding wins (device, then model version, then model).
/// </summary>
internal sealed class AnalysisDecisions
{
    private readonly ILookup<(string Vulnerability, string? Component), AnalysisDecision> _byKey;

    private AnalysisDecisions(IEnumerable<AnalysisDecision> decisions) =>
        _byKey = decisions.OrderByDescending(d => d.Analysis.AnalysedAt).ThenByDescending(d => d.Id)
            .ToLookup(d => (d.VulnerabilityId, d.ComponentKey));

    public static async Task<AnalysisDecisions> LoadAsync(MedVigilDbContext db, CancellationToken cancellationToken) =>
        new(await db.AnalysisDecisions.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The analysis of a model-version finding: a decision for its model version, else for its model; null when none.</summary>
    public Analysis? For(AnalysisTarget target, Finding finding) =>
        Covering(finding, null, target.ModelVersionId, target.DeviceModelId)?.Analysis;

    /// <summary>The decision that covers a finding seen on one device (or on its model version when <paramref name="deviceId"/> is null).</summary>
    public AnalysisDecision? Covering(Finding finding, Guid? deviceId, Guid? modelVersionId, Guid? modelId)
    {
        var candidates = _byKey[(finding.VulnerabilityId, finding.ComponentKey)];
        return candidates.FirstOrDefault(d => d.Scope == DecisionScope.Device && d.ScopeId == deviceId)
            ?? candidates.FirstOrDefault(d => d.Scope == DecisionScope.ModelVersion && d.ScopeId == modelVersionId)
            ?? candidates.FirstOrDefault(d => d.Scope == DecisionScope.Model && d.ScopeId == modelId);
    }
}
