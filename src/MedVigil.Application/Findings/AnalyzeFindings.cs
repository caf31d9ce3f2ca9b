using System.Diagnostics;
using System.Globalization;
using MedVigil.Application.Aliases;
using MedVigil.Application.Common;
using MedVigil.Domain.Findings;
using MedVigil.Matching;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Findings;

/// <summary>An analysis run: incremental by default, everything with <see cref="Full"/>.</summary>
public sealed record AnalyzeCommand(bool Full = false);

/// <summary>
/// What a run did: how much it held and evaluated, what it changed, the open findings after it, and where the time
/// went (loading statements and targets, matching, writing findings).
/// </summary>
public sealed record AnalysisSummary(
    bool Full, int Statements, int Targets, int EvaluatedAdvisories, int EvaluatedTargets,
    int Opened, int Updated, int Retracted, int Open, TimeSpan Load, TimeSpan Match, TimeSpan Persist);

/// <summary>
/// Matches the tenant's model versions against every current advisory (ADR 0018, 0020) and stores explained
/// findings. Statements of new advisory revisions are compiled first. Incremental by default: only the advisories
/// compiled since the tenant's last run (and the vulnerabilities of revisions they replaced) and the model versions
/// whose components or facts changed are evaluated, and only their findings compared; the first run is full, and a
/// changed manufacturer alias table (ADR 0019) re-evaluates every model version. All
/// writes of a run are one transaction, audited as <c>findings.analysed</c>.
/// </summary>
public sealed class AnalyzeFindings(MedVigilDbContext db, TenantScope scope, TimeProvider time)
{
    private const int InsertChunk = 5000;

    public async Task<Domain.Common.Result<AnalysisSummary>> ExecuteAsync(AnalyzeCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var tenantId = scope.RequireTenant();
        var startedAt = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var aliases = await new LoadManufacturerAliases(db).ExecuteAsync(cancellationToken);
        if (!aliases.IsSuccess)
        {
            return aliases.Error;
        }

        await StatementCompiler.CompileAsync(db, time, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var statements = await CurrentStatements.LoadAsync(db, cancellationToken);
        var targets = (await AnalysisTargets.LoadAsync(db, aliases.Value.Fingerprint, cancellationToken)).ToDictionary(t => t.Target.Id, StringComparer.Ordinal);
        var watermark = await db.AnalysisRuns.MaxAsync(r => (long?)r.StatementSequence, cancellationToken);
        var analysed = await db.AnalysedTargets.ToDictionaryAsync(t => t.ModelVersionId, cancellationToken);
        var full = command.Full || watermark is null;
        var newSets = full ? statements.Sets : [.. statements.Sets.Where(s => s.Sequence > watermark)];
        var changedTargets = full
            ? targets.Keys.ToHashSet(StringComparer.Ordinal)
            : targets.Values.Where(t => !analysed.TryGetValue(t.ModelVersionId, out var known) || known.Fingerprint != t.Fingerprint)
                .Select(t => t.Target.Id).ToHashSet(StringComparer.Ordinal);
        var vulnerabilities = full ? [] : await TouchedVulnerabilitiesAsync(newSets, cancellationToken);
        var engine = new MatchingEngine(aliases.Value);
        foreach (var compiled in statements.Sets)
        {
            engine.LoadStatements(compiled.Set);
        }

        foreach (var target in targets.Values)
        {
            engine.LoadTarget(target.Target);
        }

        var load = clock.Elapsed;
        var results = full ? engine.EvaluateAll() : engine.Evaluate(vulnerabilities, changedTargets);
        var match = clock.Elapsed - load;
        var stored = await StoredInScopeAsync(full, vulnerabilities, changedTargets, cancellationToken);
        var decisions = await AnalysisDecisions.LoadAsync(db, cancellationToken);
        var changes = new FindingWriter(time, tenantId, decisions).Write(results, stored, targets, statements);
        foreach (var id in changedTargets)
        {
            var target = targets[id];
            if (analysed.TryGetValue(target.ModelVersionId, out var known))
            {
                known.Update(target.Fingerprint, time);
            }
            else
            {
                db.AnalysedTargets.Add(AnalysedTarget.Create(tenantId, target.ModelVersionId, target.Fingerprint, time));
            }
        }

        // Revisions and retractions of the tracked rows first, then the new rows in chunks without change tracking.
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await InsertAsync(changes.New, cancellationToken);
        var run = AnalysisRun.Record(tenantId, full, statements.HighestSequence, newSets.Count, changedTargets.Count,
            changes.Opened, changes.Updated, changes.Retracted, startedAt, time);
        db.AnalysisRuns.Add(run);
        db.Audit("findings.analysed", nameof(AnalysisRun), run.Id, string.Create(CultureInfo.InvariantCulture,
            $"{(full ? "full" : "incremental")} analysis: {newSets.Count} advisories and {changedTargets.Count} model versions evaluated; {changes.Opened} findings opened, {changes.Updated} updated, {changes.Retracted} retracted"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var open = await db.Findings.CountAsync(f => f.RetractedAt == null, cancellationToken);
        var persist = clock.Elapsed - load - match;
        return new AnalysisSummary(full, statements.StatementCount, targets.Count, newSets.Count, changedTargets.Count,
            changes.Opened, changes.Updated, changes.Retracted, open, load, match, persist);
    }

    private async Task InsertAsync(IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        if (SqliteRows.IsSqlite(db))
        {
            await SqliteRows.InsertAsync(db, findings, cancellationToken); // all of the tenant in scope, by FindingWriter
            return;
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var chunk in findings.Chunk(InsertChunk))
            {
                db.Findings.AddRange(chunk);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// The vulnerabilities the new statement sets are about, and those of open findings whose advisory revision has
    /// been replaced since, so a vulnerability a revision dropped is evaluated (and its findings retracted) too.
    /// </summary>
    private async Task<HashSet<string>> TouchedVulnerabilitiesAsync(IReadOnlyList<CompiledSet> newSets, CancellationToken cancellationToken)
    {
        var touched = newSets.SelectMany(s => StatementCompiler.Vulnerabilities(s.Set)).ToHashSet(StringComparer.Ordinal);
        var replaced = await db.Findings.Where(f => f.RetractedAt == null && f.AdvisoryId != null
                && db.Advisories.Any(a => a.Id == f.AdvisoryId && a.SupersededById != null))
            .Select(f => f.VulnerabilityId).Distinct().ToListAsync(cancellationToken);
        touched.UnionWith(replaced);
        return touched;
    }

    private async Task<List<Finding>> StoredInScopeAsync(bool full, HashSet<string> vulnerabilities, HashSet<string> targets, CancellationToken cancellationToken)
    {
        var open = db.Findings.Where(f => f.RetractedAt == null);
        if (full)
        {
            return await open.ToListAsync(cancellationToken);
        }

        var versionIds = targets.Select(Guid.Parse).ToList();
        var vulnerabilityIds = vulnerabilities.ToList();
        return await open.Where(f => (f.ModelVersionId != null && versionIds.Contains(f.ModelVersionId.Value)) || vulnerabilityIds.Contains(f.VulnerabilityId))
            .ToListAsync(cancellationToken);
    }
}
