using MedVigil.Domain.Findings;
using MedVigil.Domain.Risk;
using MedVigil.Domain.Risk.Acceptance;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Risk.Acceptance;

/// <summary>
/// The tenant's risk acceptances by vulnerability and package, to apply them to findings as they are read: an
/// acceptance covers a finding seen on a device when its scope is that device, its model version or its model.
/// </summary>
internal sealed class RiskAcceptances
{
    private readonly ILookup<(string Vulnerability, string? Component), RiskAcceptance> _byKey;

    private RiskAcceptances(IEnumerable<RiskAcceptance> acceptances) =>
        _byKey = acceptances.ToLookup(a => (a.VulnerabilityId, a.ComponentKey));

    public static async Task<RiskAcceptances> LoadAsync(MedVigilDbContext db, CancellationToken cancellationToken) =>
        new(await db.RiskAcceptances.AsNoTracking().ToListAsync(cancellationToken));

    public IEnumerable<RiskAcceptance> Covering(Finding finding, Guid? deviceId, Guid? modelVersionId, Guid? modelId) =>
        _byKey[(finding.VulnerabilityId, finding.ComponentKey)].Where(a => a.Scope switch
        {
            DecisionScope.Device => a.ScopeId == deviceId,
            DecisionScope.ModelVersion => a.ScopeId == modelVersionId,
            _ => a.ScopeId == modelId,
        });

    /// <summary>The assessment as the covering acceptances leave it at <paramref name="now"/>; null stays null.</summary>
    public FindingRisk? Apply(FindingRisk? risk, Finding finding, Guid? deviceId, Guid? modelVersionId, Guid? modelId, DateTimeOffset now) =>
        risk is null ? null : AcceptedRisk.Apply(risk, Covering(finding, deviceId, modelVersionId, modelId), now, SlaPolicy.Default);
}
