using MedVigil.Application.Common;
using MedVigil.Domain.Catalog;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Sboms;

/// <summary>
/// Reads and writes a model version's component rows in bulk, inside the import's transaction (ADR 0011, 0016): the
/// stored rows are read untracked as keys, removed rows are deleted by id, and new rows are inserted without change
/// tracking — on SQLite with one prepared INSERT reused for every row (no round trip to save, as for EPSS scores,
/// ADR 0012), elsewhere through EF's batched inserts with change detection off.
/// </summary>
internal static class ComponentRows
{
    private const int ChunkSize = 1000;

    /// <summary>One stored component: its id and the values an SBOM gives.</summary>
    public sealed record Stored(Guid Id, SbomComponent Key);

    public static async Task<List<Stored>> LoadAsync(MedVigilDbContext db, Guid modelVersionId, CancellationToken cancellationToken) =>
        (await db.Components.AsNoTracking()
            .Where(c => c.ModelVersionId == modelVersionId)
            .Select(c => new { c.Id, c.Name, c.Version, c.Supplier, c.Purl, c.Cpe })
            .ToListAsync(cancellationToken))
        .Select(c => new Stored(c.Id, new SbomComponent(c.Name, c.Version, c.Supplier, c.Purl, c.Cpe)))
        .ToList();

    /// <summary>Deletes the <paramref name="removed"/> rows of the version and inserts <paramref name="added"/>; needs the import's transaction.</summary>
    public static async Task ReplaceAsync(
        MedVigilDbContext db, ModelVersion version, IReadOnlyList<Guid> removed, IReadOnlyList<SbomComponent> added, TimeProvider time,
        CancellationToken cancellationToken)
    {
        // The bulk paths bypass the context's tenant write check, so make it here: only the scope's tenant is written.
        if (version.TenantId != db.Scope.RequireTenant())
        {
            throw new InvalidOperationException("Components can only be written to a model version of the tenant in scope.");
        }

        foreach (var chunk in removed.Chunk(ChunkSize))
        {
            await db.Components.Where(c => c.ModelVersionId == version.Id && chunk.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var rows = added.Select(c => Component.Create(version, c.Name, c.Version, c.Supplier, c.Purl, c.Cpe, time));
        if (SqliteRows.IsSqlite(db))
        {
            await SqliteRows.InsertAsync(db, rows, cancellationToken);
            return;
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var chunk in rows.Chunk(ChunkSize * 5))
            {
                db.Components.AddRange(chunk);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
