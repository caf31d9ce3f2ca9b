using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MedVigil.Persistence.Postgres;

/// <summary>PostgreSQL for teams: several stateless hosts over one database.</summary>
public sealed class PostgresDatabase(string connectionString) : IDatabaseProvider
{
    public string Name => "postgres";

    public string DisplayName
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    public void Configure(DbContextOptionsBuilder options) =>
        // No retrying execution strategy: saves open their own transaction for the audit chain.
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));

    /// <summary>
    /// Migrates under a session advisory lock, so hosts that start together on an empty database take turns
    /// instead of racing to create the same tables.
    /// </summary>
    public async Task MigrateAsync(MedVigilDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Any fixed number unique to MedVigil's schema ("MedVigil" in ASCII).
    private const long MigrationLockKey = 0x4D65645669676C;
}
