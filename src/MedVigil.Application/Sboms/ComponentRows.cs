using System.Data.Common;
using MedVigil.Domain.Catalog;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

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
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            await InsertOnSqliteAsync(db, rows, cancellationToken);
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

    private static async Task InsertOnSqliteAsync(MedVigilDbContext db, IEnumerable<Component> rows, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(Component))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToList();
        var types = db.GetService<IRelationalTypeMappingSource>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                              ?? throw new InvalidOperationException("The components are written inside the import's transaction.");
        var columns = properties.Select(p => p.GetColumnName(table)!).ToList();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
                              + $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var mappings = properties.Select(p => p.FindRelationalTypeMapping() ?? types.FindMapping(p.ClrType)!).ToList();
        var parameters = mappings.Select((m, i) => Parameter(command, "$p" + i, m)).ToList();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                var value = properties[i].PropertyInfo!.GetValue(row);
                parameters[i].Value = value is null ? DBNull.Value : mappings[i].Converter?.ConvertToProvider(value) ?? value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbParameter Parameter(DbCommand command, string name, RelationalTypeMapping mapping)
    {
        var parameter = mapping.CreateParameter(command, name, null);
        command.Parameters.Add(parameter);
        return parameter;
    }
}
