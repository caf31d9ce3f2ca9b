using MedVigil.Persistence;
using MedVigil.Persistence.Postgres;
using MedVigil.Persistence.Sqlite;
using Npgsql;

namespace MedVigil.Testing;

/// <summary>
/// One real, migrated database per provider per test assembly. Tests isolate themselves by working in a tenant
/// of their own, which is exactly the isolation the product promises. PostgreSQL comes from
/// <c>MEDVIGIL_TEST_POSTGRES</c>: absent, its half of each theory skips locally and fails under <c>CI=true</c>.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "MEDVIGIL_TEST_POSTGRES";

    private static readonly Lazy<string> SqlitePath = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "medvigil-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "test.db");
    });

    private static readonly Lazy<Task<string>> PostgresDatabase = new(CreatePostgresDatabaseAsync);

    /// <summary>The provider for a test; skips (or fails in CI) when PostgreSQL is not configured.</summary>
    public static async Task<IDatabaseProvider> ProviderAsync(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => new SqliteDatabase(SqlitePath.Value),
        DatabaseKind.Postgres => new PostgresDatabase(await PostgresDatabase.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A brand-new database for one test: a new SQLite file, or a new PostgreSQL database.</summary>
    /// <returns>The provider, and the PostgreSQL database's name (to drop it afterwards), null for SQLite.</returns>
    public static async Task<(IDatabaseProvider Provider, string? PostgresName)> IsolatedProviderAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            return (new SqliteDatabase(NewSqliteFile()), null);
        }

        var name = "medvigil_iso_" + Guid.NewGuid().ToString("N");
        return (new PostgresDatabase(await CreatePostgresDatabaseAsync(name)), name);
    }

    /// <summary>Drops a database made by <see cref="IsolatedProviderAsync"/>.</summary>
    public static async Task DropIsolatedPostgresAsync(string name)
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServerOrSkip());
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(server.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>A fresh, empty SQLite file for tests that need a database of their own (CLI runs, tampering).</summary>
    public static string NewSqliteFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "medvigil-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "own.db");
    }

    public static string PostgresServerOrSkip()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            var message = $"{PostgresVariable} is not set, so the PostgreSQL half of the database tests cannot run.";
            if (SharedData.IsCi)
            {
                throw new InvalidOperationException("CI=true but " + message);
            }

            Assert.Skip(message);
        }

        return connection;
    }

    /// <summary>Drops and recreates this assembly's own database, so every run starts empty.</summary>
    private static Task<string> CreatePostgresDatabaseAsync() =>
        CreatePostgresDatabaseAsync("medvigil_test_" + (System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "tests")
            .Replace("MedVigil.", "", StringComparison.Ordinal).Replace('.', '_').ToLowerInvariant());

    private static async Task<string> CreatePostgresDatabaseAsync(string name)
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServerOrSkip());
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
    }
}
