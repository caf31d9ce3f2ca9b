using MedVigil.Domain.Matching;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Findings;

/// <summary>
/// Compiles the statements of every current advisory revision that has none yet (ADR 0020): reads its raw document,
/// converts it, and stores the encoded set with the next sequence number. Batches of documents, one transaction
/// each, so a large first run keeps memory flat and a crash loses at most a batch (it is compiled again next time).
/// </summary>
internal static class StatementCompiler
{
    private const int BatchSize = 500;

    /// <summary>Compiles what is missing; returns how many advisory revisions were compiled.</summary>
    public static async Task<int> CompileAsync(MedVigilDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var pending = await db.Advisories.AsNoTracking()
            .Where(a => a.SupersededById == null && a.SourceDocumentSha256 != null && !db.CompiledStatements.Any(c => c.AdvisoryId == a.Id))
            .OrderBy(a => a.SourceDocumentSha256).ThenBy(a => a.ExternalId)
            .ToListAsync(cancellationToken);
        var sequence = await db.CompiledStatements.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        var extraction = new StatementExtraction();
        foreach (var batch in pending.Chunk(BatchSize))
        {
            var shas = batch.Select(a => a.SourceDocumentSha256!).Distinct(StringComparer.Ordinal).ToList();
            var documents = await db.SourceDocuments.AsNoTracking().Where(d => shas.Contains(d.Sha256))
                .ToDictionaryAsync(d => d.Sha256, StringComparer.Ordinal, cancellationToken);
            foreach (var advisory in batch)
            {
                var set = extraction.Extract(advisory, documents[advisory.SourceDocumentSha256!]);
                db.CompiledStatements.Add(CompiledStatements.Create(
                    advisory.Id, ++sequence, StatementCodec.Encode(set), set.Statements.Count, set.Configurations.Count, set.Skipped.Count,
                    Vulnerabilities(set), time));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return pending.Count;
    }

    public static IEnumerable<string> Vulnerabilities(StatementSet set) =>
        set.Statements.Select(s => s.Vulnerability.Primary).Concat(set.Configurations.Select(c => c.Vulnerability.Primary));
}
