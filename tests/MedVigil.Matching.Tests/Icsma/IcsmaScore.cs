using System.Globalization;
using MedVigil.Domain.Findings;

namespace MedVigil.Matching.Tests.Icsma;

/// <summary>
/// Precision and recall of <c>affected</c>: a true positive is an affected finding the reader labelled affected; a
/// false positive an affected finding on a pair labelled anything else (or not labelled); a miss a pair labelled
/// affected the engine did not find affected (under_investigation included). Under investigation is never a finding.
/// A score over a subset of the labels (<paramref name="scope"/>) still counts an affected finding nobody labelled.
/// </summary>
internal sealed class IcsmaScore(Func<ExpectedLabel, bool>? scope = null)
{
    private readonly List<string> _falsePositives = [];
    private readonly List<string> _falseNegatives = [];
    private readonly Dictionary<string, (int Labels, int Agreed)> _byKind = new(StringComparer.Ordinal);

    public int TruePositives { get; private set; }

    public int UnderInvestigation { get; private set; }

    public int FixedAgreed { get; private set; }

    public int FixedLabelled { get; private set; }

    public IReadOnlyList<string> FalsePositives => _falsePositives;

    public IReadOnlyList<string> FalseNegatives => _falseNegatives;

    public double Precision => TruePositives / (double)Math.Max(1, TruePositives + _falsePositives.Count);

    public double Recall => TruePositives / (double)Math.Max(1, TruePositives + _falseNegatives.Count);

    public void Add(string device, IReadOnlyList<ExpectedLabel> labels, IReadOnlyList<MatchFinding> findings)
    {
        var byVulnerability = findings.ToDictionary(f => f.VulnerabilityId, StringComparer.Ordinal);
        UnderInvestigation += findings.Count(f => f.Status == FindingStatus.UnderInvestigation);
        foreach (var label in labels.Where(l => scope?.Invoke(l) ?? true))
        {
            var found = byVulnerability.GetValueOrDefault(label.VulnerabilityId);
            var affected = found?.Status == FindingStatus.Affected;
            var agreed = label.Expected == "affected" ? affected : !affected;
            var kind = _byKind.GetValueOrDefault(label.Kind);
            _byKind[label.Kind] = (kind.Labels + 1, kind.Agreed + (agreed ? 1 : 0));
            if (label.Expected == "fixed")
            {
                FixedLabelled++;
                FixedAgreed += found?.Status == FindingStatus.Fixed ? 1 : 0;
            }

            if (label.Expected == "affected" && affected)
            {
                TruePositives++;
            }
            else if (label.Expected == "affected")
            {
                _falseNegatives.Add($"missed {label.VulnerabilityId} on {device} ({label.Kind}: {label.Note}); engine: {Describe(found)}");
            }
            else if (affected)
            {
                _falsePositives.Add($"wrong {label.VulnerabilityId} on {device} (labelled {label.Expected}, {label.Kind}: {label.Note}); engine: {Describe(found)}");
            }
        }

        var labelled = labels.Select(l => l.VulnerabilityId).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in findings.Where(f => f.Status == FindingStatus.Affected && !labelled.Contains(f.VulnerabilityId)))
        {
            _falsePositives.Add($"wrong {finding.VulnerabilityId} on {device} (not labelled); engine: {Describe(finding)}");
        }
    }

    /// <summary>How many labels of a kind the engine did not agree with on affected / not affected.</summary>
    public int Disagreed(string kind) => _byKind.TryGetValue(kind, out var k) ? k.Labels - k.Agreed : 0;

    /// <summary>Labels per kind and how many the engine agreed with on affected / not affected.</summary>
    public IEnumerable<string> Kinds() => _byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value.Agreed}/{k.Value.Labels}");

    public string Summary =>
        string.Create(CultureInfo.InvariantCulture, $"TP {TruePositives}, FP {_falsePositives.Count}, FN {_falseNegatives.Count}; precision {Precision:F4}, recall {Recall:F4}");

    private static string Describe(MatchFinding? finding) => finding is null ? "no finding" : $"{finding.Status}: {finding.Explanation}";
}
