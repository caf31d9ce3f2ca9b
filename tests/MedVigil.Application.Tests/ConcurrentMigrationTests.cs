using MedVigil.Persistence;
using MedVigil.Persistence.Postgres;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MedVigil.Application.Tests;

public sealed class ConcurrentMigrationTests
{
    [Fact]
    public async Task HostsStartingTogetherOnAnEmptyPostgresDatabaseTakeTurnsToMigrateIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresServerOrSkip());
        var name = "medvigil_race_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(ct);
        }

        var database = new PostgresDatabase(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString);
        try
        {
            // Without the migration lock, concurrent CREATE TABLEs on an empty database fail (seen in CI).
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                var options = new DbContextOptionsBuilder<MedVigilDbContext>();
                database.Configure(options);
                await using var db = new MedVigilDbContext(options.Options, new TenantScope(), TimeProvider.System);
                await database.MigrateAsync(db, ct);
            }));

            var check = new DbContextOptionsBuilder<MedVigilDbContext>();
            database.Configure(check);
            await using var migrated = new MedVigilDbContext(check.Options, new TenantScope(), TimeProvider.System);
            (await migrated.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync(CancellationToken.None);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
