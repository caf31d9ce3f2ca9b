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

    private const int Attempts = 5;

    /// <summary>
    /// Compiles what is missing. Another host or tenant may be
    /// compiling the same revisions at once: a batch that collides with theirs (same advisory or sequence number) is
    /// dropped and the work looked up again, since what they stored is what this would have stored.
    /// </summary>
    public static async Task CompileAsync(MedVigilDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CompilePendingAsync(db, time, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task CompilePendingAsync(MedVigilDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        // Rows of an older encoding are compiled again from the raw documents.
        await db.CompiledStatements.Where(c => c.Encoding != CompiledStatements.CurrentEncoding).ExecuteDeleteAsync(cancellationToken);
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
    }

    public static IEnumerable<string> Vulnerabilities(StatementSet set) =>
        set.Statements.Select(s => s.Vulnerability.Primary).Concat(set.Configurations.Select(c => c.Vulnerability.Primary));
}
