using System.Runtime.CompilerServices;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Matching;
using MedVigil.Persistence;

namespace MedVigil.Application.Findings;

/// <summary>What an analysis changed: the new findings (not yet added, for the bulk insert) and the counts.</summary>
internal sealed record FindingChanges(IReadOnlyList<Finding> New, int Updated, int Retracted)
{
    public int Opened => New.Count;
}

/// <summary>
/// Compares the engine's findings with the stored ones in the evaluated scope and writes the difference: new
/// evidence opens a finding, changed evidence revises it, evidence gone retracts it with the reason (the row stays).
/// Each finding's analysis is the newest person's decision of the narrowest scope for its vulnerability and package
/// (model version, then model), else the VEX analysis of the statement that decided it, else in triage. Revised and
/// retracted rows are the tracked <c>stored</c> ones; new rows are returned, not added, so the caller can insert them
/// in chunks. A component decision is shared by every model version holding the component, so its reason and evidence
/// text are built once and shared too.
/// </summary>
internal sealed class FindingWriter(TimeProvider time, Guid tenantId, AnalysisDecisions decisions)
{
    private readonly Dictionary<(Explanation, IReadOnlyList<Explanation>, InventoryComponent?), (string Reason, FindingEvidence Evidence)> _texts =
        new(new SameInstances());

    public FindingChanges Write(
        IReadOnlyList<MatchFinding> results, IReadOnlyList<Finding> stored, IReadOnlyDictionary<string, AnalysisTarget> targets,
        CurrentStatements statements)
    {
        var open = stored.Where(f => !f.IsRetracted)
            .GroupBy(Key).ToDictionary(g => g.Key, g => g.OrderBy(f => f.CreatedAt).ToList());
        var opened = new List<Finding>();
        int updated = 0, retracted = 0;
        var seen = new HashSet<(Guid?, Guid?, string)>();
        foreach (var result in results)
        {
            var target = targets[result.TargetId];
            Guid? componentId = result.Component is { } component && target.ComponentIds.TryGetValue(component, out var id) ? id : null;
            var key = (target.ModelVersionId, componentId, result.VulnerabilityId);
            if (!seen.Add(key))
            {
                continue;
            }

            var advisoryId = statements.AdvisoryOf(result.Explanation.Source);
            var (reason, evidence) = Texts(result);
            Finding finding;
            if (open.Remove(key, out var existing))
            {
                finding = existing[0];
                foreach (var duplicate in existing.Skip(1))
                {
                    duplicate.Retract("a duplicate of finding " + finding.Id, time);
                    retracted++;
                }

                if (finding.Revise(result.Status, advisoryId, reason, evidence, time))
                {
                    updated++;
                }
            }
            else
            {
                finding = Finding.Open(tenantId, new FindingSubject(ModelVersionId: target.ModelVersionId, ComponentId: componentId),
                    result.VulnerabilityId, advisoryId, result.Status, reason, time, evidence);
                opened.Add(finding);
            }

            var analysis = decisions.For(target, finding) ?? FromVex(result.Analysis, result.Explanation.Source) ?? Analysis.Initial(finding.CreatedAt);
            if (!SameJudgement(analysis, finding.Analysis) && !finding.Analyse(analysis).IsSuccess)
            {
                // A VEX not_affected without a justification MedVigil knows cannot be a not_affected analysis: in triage, detail kept.
                finding.Analyse(analysis with { State = AnalysisState.InTriage });
            }
        }

        foreach (var (key, findings) in open)
        {
            var reason = targets.TryGetValue(key.Item1.ToString()!, out var target) && key.Item2 is { } componentId
                && !target.ComponentIds.Values.Contains(componentId)
                ? "the component is no longer in the model version's SBOM"
                : "no current statement applies any more (the advisory was revised or withdrawn, or the model version changed)";
            foreach (var finding in findings)
            {
                finding.Retract(reason, time);
                retracted++;
            }
        }

        return new FindingChanges(opened, updated, retracted);
    }

    private (string Reason, FindingEvidence Evidence) Texts(MatchFinding result)
    {
        var key = (result.Explanation, result.AlsoApplied, result.Component);
        if (!_texts.TryGetValue(key, out var texts))
        {
            _texts[key] = texts = (FindingEvidenceText.Reason(result), FindingEvidenceText.Of(result));
        }

        return texts;
    }

    private static (Guid?, Guid?, string) Key(Finding finding) => (finding.ModelVersionId, finding.ComponentId, finding.VulnerabilityId);

    private Analysis? FromVex(VexAnalysis? vex, StatementProvenance source) => vex is null ? null : new Analysis(
        vex.State, vex.Justification, Clip(vex.Detail ?? vex.WrittenJustification, 4000), Clip("vex:" + source.AdvisoryId, 200)!,
        time.GetUtcNow(), vex.Responses.Count == 0 ? null : string.Join(',', vex.Responses.Select(AnalysisText.Response)));

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    /// <summary>Equal but for when: re-deriving the same analysis must not rewrite the row.</summary>
    private static bool SameJudgement(Analysis a, Analysis b) =>
        a.State == b.State && a.Justification == b.Justification && a.Detail == b.Detail && a.AnalysedBy == b.AnalysedBy && a.Responses == b.Responses;
}

/// <summary>Keys on the very objects the engine shares between targets, not on their (costly to compare) values.</summary>
internal sealed class SameInstances : IEqualityComparer<(Explanation, IReadOnlyList<Explanation>, InventoryComponent?)>
{
    public bool Equals((Explanation, IReadOnlyList<Explanation>, InventoryComponent?) x, (Explanation, IReadOnlyList<Explanation>, InventoryComponent?) y) =>
        ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2) && ReferenceEquals(x.Item3, y.Item3);

    public int GetHashCode((Explanation, IReadOnlyList<Explanation>, InventoryComponent?) obj) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2), obj.Item3 is null ? 0 : RuntimeHelpers.GetHashCode(obj.Item3));
}
