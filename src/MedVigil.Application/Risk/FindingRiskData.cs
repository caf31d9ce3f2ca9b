using MedVigil.Domain.Devices;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Risk;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Risk;

/// <summary>The feed facts SSVC needs about one vulnerability (KEV, EPSS, CVSS vector).</summary>
internal sealed record VulnerabilityRiskFacts(bool KnownExploited, DateOnly? KevDateAdded, string? CvssVector, double? Epss)
{
    public static VulnerabilityRiskFacts Unknown { get; } = new(false, null, null, null);
}

/// <summary>
/// Loads the feed facts of a set of vulnerabilities and assesses findings with the default policies (ADR 0023):
/// computed on read, nothing stored.
/// </summary>
internal static class FindingRiskData
{
    public static async Task<IReadOnlyDictionary<string, VulnerabilityRiskFacts>> LoadAsync(
        MedVigilDbContext db, IEnumerable<string> vulnerabilityIds, CancellationToken cancellationToken)
    {
        var ids = vulnerabilityIds.Distinct(StringComparer.Ordinal).ToList();
        var facts = new Dictionary<string, VulnerabilityRiskFacts>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(1000))
        {
            var vulnerabilities = await db.Vulnerabilities.AsNoTracking().Where(v => chunk.Contains(v.Id))
                .Select(v => new { v.Id, v.KnownExploited, KevDateAdded = v.Kev == null ? (DateOnly?)null : v.Kev.DateAdded, v.CvssVector })
                .ToListAsync(cancellationToken);
            var epss = await db.EpssScores.AsNoTracking().Where(s => chunk.Contains(s.CveId))
                .ToDictionaryAsync(s => s.CveId, s => s.Score, StringComparer.Ordinal, cancellationToken);
            foreach (var v in vulnerabilities)
            {
                facts[v.Id] = new(v.KnownExploited, v.KevDateAdded, v.CvssVector, epss.TryGetValue(v.Id, out var e) ? e : null);
            }

            foreach (var (cve, score) in epss.Where(s => !facts.ContainsKey(s.Key)))
            {
                facts[cve] = VulnerabilityRiskFacts.Unknown with { Epss = score };
            }
        }

        return facts;
    }

    /// <summary>
    /// Whether a finding is open work that needs a priority: affected or under investigation, and not analysed away
    /// (resolved, false positive, not affected).
    /// </summary>
    public static bool NeedsPriority(Finding finding, Analysis analysis) =>
        finding.Status is FindingStatus.Affected or FindingStatus.UnderInvestigation
        && analysis.State is AnalysisState.InTriage or AnalysisState.Exploitable;

    /// <summary>The facts of a finding on a device (null device facts: unknown, so the worst values).</summary>
    public static FindingRiskFacts FactsOf(
        Finding finding, IReadOnlyDictionary<string, VulnerabilityRiskFacts> vulnerabilities, Exposure exposure, ClinicalFunction function)
    {
        var v = vulnerabilities.GetValueOrDefault(finding.VulnerabilityId, VulnerabilityRiskFacts.Unknown);
        return new FindingRiskFacts(finding.VulnerabilityId, v.KnownExploited, v.KevDateAdded, v.Epss, v.CvssVector, exposure, function);
    }

    /// <summary>
    /// The assessment with the default policies, or null when the finding needs no priority. The clock starts when the
    /// finding was opened or, for a device registered later, when the device joined (the hospital could not act earlier).
    /// </summary>
    public static FindingRisk? Assess(
        Finding finding, Analysis analysis, IReadOnlyDictionary<string, VulnerabilityRiskFacts> vulnerabilities,
        Exposure exposure, ClinicalFunction function, DateTimeOffset? deviceRegisteredAt)
    {
        if (!NeedsPriority(finding, analysis))
        {
            return null;
        }

        var opened = deviceRegisteredAt is { } registered && registered > finding.CreatedAt ? registered : finding.CreatedAt;
        return FindingRisk.Assess(FactsOf(finding, vulnerabilities, exposure, function), opened, SsvcPolicy.Default, SlaPolicy.Default);
    }
}
