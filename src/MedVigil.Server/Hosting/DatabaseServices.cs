using MedVigil.Persistence;
using MedVigil.Persistence.Postgres;
using MedVigil.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedVigil.Server.Hosting;

/// <summary>Wires the one DbContext to the chosen provider; shared by the server and the command line.</summary>
public static class DatabaseServices
{
    public const string DefaultSqlitePath = "medvigil.db";

    /// <summary>PostgreSQL when a connection string is given, else the SQLite file (ADR 0004).</summary>
    public static IDatabaseProvider Choose(string? sqlitePath, string? postgresConnectionString) =>
        string.IsNullOrWhiteSpace(postgresConnectionString)
            ? new SqliteDatabase(string.IsNullOrWhiteSpace(sqlitePath) ? DefaultSqlitePath : sqlitePath)
            : new PostgresDatabase(postgresConnectionString);

    public static IServiceCollection AddMedVigilDatabase(this IServiceCollection services, IDatabaseProvider provider)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider);
        services.AddScoped<TenantScope>();
        services.AddDbContext<MedVigilDbContext>(provider.Configure);
        return services;
    }

    /// <summary>Brings the schema up to date; hosts call it before serving or running a command.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedVigilDbContext>();
        // Nothing pending, the usual start: Migrate itself would still diff the model (about 0.25 s of every CLI run).
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        await scope.ServiceProvider.GetRequiredService<IDatabaseProvider>().MigrateAsync(db, cancellationToken);
    }
}
