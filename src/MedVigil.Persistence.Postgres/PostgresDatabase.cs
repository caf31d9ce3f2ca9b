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

    public Task MigrateAsync(MedVigilDbContext db, CancellationToken cancellationToken) =>
        db.Database.MigrateAsync(cancellationToken);
}
