using System.Data.Common;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MedVigil.Application.Common;

/// <summary>
/// Inserts many rows of one entity on SQLite with one prepared INSERT reused for every row, inside the caller's
/// transaction (ADR 0012, 0016): no change tracking and no round trip per batch. Columns come from the EF model, so
/// names, value converters and owned types (one level, as <c>Finding.Analysis</c>) stay as EF writes them. The
/// caller checks the tenant of what it writes: this bypasses the context's write check.
/// </summary>
internal static class SqliteRows
{
    public const string Provider = "Microsoft.EntityFrameworkCore.Sqlite";

    public static bool IsSqlite(MedVigilDbContext db) => db.Database.ProviderName == Provider;

    public static async Task InsertAsync<T>(MedVigilDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = Columns(entity, table).ToList();
        var types = db.GetService<IRelationalTypeMappingSource>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                              ?? throw new InvalidOperationException($"{typeof(T).Name} rows are written inside the caller's transaction.");
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
                              + $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var mappings = columns.Select(c => c.Property.FindRelationalTypeMapping() ?? types.FindMapping(c.Property.ClrType)!).ToList();
        var parameters = mappings.Select((m, i) => Parameter(command, "$p" + i, m)).ToList();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Read(row);
                parameters[i].Value = value is null ? DBNull.Value : mappings[i].Converter?.ConvertToProvider(value) ?? value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(string Name, IProperty Property, Func<object, object?> Read);

    private static IEnumerable<Column> Columns(IEntityType entity, StoreObjectIdentifier table)
    {
        foreach (var property in entity.GetProperties())
        {
            var info = property.PropertyInfo ?? throw new InvalidOperationException($"{entity.DisplayName()}.{property.Name} is a shadow property; bulk insert needs a CLR property.");
            yield return new Column(property.GetColumnName(table)!, property, info.GetValue);
        }

        foreach (var navigation in entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            var owned = navigation.PropertyInfo!;
            // The owned type's key properties are the owner's key columns again (shadow): written once, above.
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => p.PropertyInfo is not null))
            {
                var info = property.PropertyInfo!;
                yield return new Column(property.GetColumnName(table)!, property, row => owned.GetValue(row) is { } value ? info.GetValue(value) : null);
            }
        }
    }

    private static DbParameter Parameter(DbCommand command, string name, RelationalTypeMapping mapping)
    {
        var parameter = mapping.CreateParameter(command, name, null);
        command.Parameters.Add(parameter);
        return parameter;
    }
}
