using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Matching;
using MedVigil.Persistence;

namespace MedVigil.Application.Findings;

/// <summary>What writing an analysis's findings changed.</summary>
internal sealed record FindingChanges(int Opened, int Updated, int Retracted);

/// <summary>
/// Compares the engine's findings with the stored ones in the evaluated scope and writes the difference: new
/// evidence opens a finding, changed evidence revises it, evidence gone retracts it with the reason (the row stays).
/// Each finding's analysis is the newest person's decision of the narrowest scope for its vulnerability and package
/// (model version, then model), else the VEX analysis of the statement that decided it, else in triage.
/// </summary>
internal sealed class FindingWriter(MedVigilDbContext db, TimeProvider time, Guid tenantId, AnalysisDecisions decisions)
{
    public FindingChanges Write(
        IReadOnlyList<MatchFinding> results, IReadOnlyList<Finding> stored, IReadOnlyDictionary<string, AnalysisTarget> targets,
        CurrentStatements statements)
    {
        var open = stored.Where(f => !f.IsRetracted)
            .GroupBy(Key).ToDictionary(g => g.Key, g => g.OrderBy(f => f.CreatedAt).ToList());
        int opened = 0, updated = 0, retracted = 0;
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
            var evidence = FindingEvidenceText.Of(result);
            var reason = FindingEvidenceText.Reason(result);
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
                db.Findings.Add(finding);
                opened++;
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

    private static (Guid?, Guid?, string) Key(Finding finding) => (finding.ModelVersionId, finding.ComponentId, finding.VulnerabilityId);

    private Analysis? FromVex(VexAnalysis? vex, StatementProvenance source) => vex is null ? null : new Analysis(
        vex.State, vex.Justification, Clip(vex.Detail ?? vex.WrittenJustification, 4000), Clip("vex:" + source.AdvisoryId, 200)!,
        time.GetUtcNow(), vex.Responses.Count == 0 ? null : string.Join(',', vex.Responses.Select(AnalysisText.Response)));

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    /// <summary>Equal but for when: re-deriving the same analysis must not rewrite the row.</summary>
    private static bool SameJudgement(Analysis a, Analysis b) =>
        a.State == b.State && a.Justification == b.Justification && a.Detail == b.Detail && a.AnalysedBy == b.AnalysedBy && a.Responses == b.Responses;
}
