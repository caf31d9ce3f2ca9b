using MedVigil.Application.Risk;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Mitigations;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>
/// The tenant's verified mitigations by device, in the order they were verified, and the hook that lets them change a
/// finding's SSVC inputs on read (ADR 0025). A tenant has few mitigations, so they are loaded whole.
/// </summary>
internal sealed class VerifiedMitigations
{
    private readonly ILookup<Guid, Mitigation> _byDevice;

    private VerifiedMitigations(IEnumerable<Mitigation> verified) =>
        _byDevice = verified.OrderBy(m => m.VerifiedAt).ThenBy(m => m.Id).SelectMany(m => m.DeviceIds.Select(d => (d, m))).ToLookup(p => p.d, p => p.m);

    public static VerifiedMitigations None { get; } = new([]);

    public static async Task<VerifiedMitigations> LoadAsync(MedVigilDbContext db, CancellationToken cancellationToken) =>
        new(await db.Mitigations.AsNoTracking().Where(m => m.State == MitigationState.Verified).ToListAsync(cancellationToken));

    /// <summary>The verified mitigations covering a finding on a device, except <paramref name="except"/>.</summary>
    public IEnumerable<Mitigation> Covering(Guid deviceId, Finding finding, Guid? except = null) =>
        _byDevice[deviceId].Where(m => m.Id != except && m.Covers(deviceId, finding.Id, finding.VulnerabilityId));

    /// <summary>
    /// The assessment of an open finding on a device with the mitigations that cover it, or null when the finding needs
    /// no priority (ADR 0023). The clock starts as in <see cref="FindingRiskData.Assess"/>.
    /// </summary>
    public static MitigatedRisk? Assess(
        Finding finding, Analysis analysis, IReadOnlyDictionary<string, VulnerabilityRiskFacts> vulnerabilities,
        Exposure exposure, ClinicalFunction function, DateTimeOffset deviceRegisteredAt, IEnumerable<Mitigation> covering,
        Func<Mitigation, string> label)
    {
        if (!FindingRiskData.NeedsPriority(finding, analysis))
        {
            return null;
        }

        var opened = deviceRegisteredAt > finding.CreatedAt ? deviceRegisteredAt : finding.CreatedAt;
        return MitigatedRisk.Assess(FindingRiskData.FactsOf(finding, vulnerabilities, exposure, function), opened, covering, label,
            Domain.Risk.SsvcPolicy.Default, Domain.Risk.SlaPolicy.Default);
    }
}
