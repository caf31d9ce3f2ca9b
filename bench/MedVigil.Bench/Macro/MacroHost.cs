using MedVigil.Application;
using MedVigil.Domain.Access;
using MedVigil.Persistence;
using MedVigil.Persistence.Sqlite;
using MedVigil.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Bench.Macro;

/// <summary>The services of a whole-job workload on a SQLite file, as the CLI builds them, and scopes acting in a tenant.</summary>
internal static class MacroHost
{
    public static async Task<ServiceProvider> OpenAsync(string path)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMedVigilDatabase(new SqliteDatabase(path));
        services.AddMedVigilApplication();
        services.AddMedVigilIdentity();
        var provider = services.BuildServiceProvider();
        await provider.MigrateDatabaseAsync(CancellationToken.None);
        return provider;
    }

    public static IServiceProvider Scoped(ServiceProvider services, Guid? tenant)
    {
        var scope = services.CreateScope().ServiceProvider;
        var tenantScope = scope.GetRequiredService<TenantScope>();
        tenantScope.Identify("bench");
        if (tenant is { } id)
        {
            tenantScope.Enter(id, "bench", Role.Admin);
        }

        return scope;
    }

}
