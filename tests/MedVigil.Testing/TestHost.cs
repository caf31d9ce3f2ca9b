using MedVigil.Application;
using MedVigil.Application.Tenants;
using MedVigil.Domain.Access;
using MedVigil.Persistence;
using MedVigil.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedVigil.Testing;

/// <summary>
/// The application's services on a real database, with a tenant of the test's own already entered. Each
/// <see cref="NewScope"/> is a fresh DbContext, as a new request would have.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private static readonly SemaphoreSlim MigrationLock = new(1, 1);
    private static readonly HashSet<string> Migrated = [];
    private readonly ServiceProvider _services;
    private readonly List<AsyncServiceScope> _scopes = [];
    private string? _isolatedPostgres;

    private TestHost(ServiceProvider services, IDatabaseProvider database)
    {
        _services = services;
        Database = database;
    }

    public IDatabaseProvider Database { get; }

    public Guid TenantId { get; private set; }

    public string TenantSlug { get; private set; } = "";

    /// <summary>A host with a brand-new tenant, entered as an Admin.</summary>
    public static async Task<TestHost> StartAsync(DatabaseKind kind, TimeProvider? time = null, Action<IServiceCollection>? configure = null) =>
        await StartOnAsync(await TestDatabases.ProviderAsync(kind), time, configure);

    /// <summary>
    /// A host on a brand-new database of its own, for tests of global reference data (KEV, EPSS) whose state other
    /// tests would see; the PostgreSQL database is dropped when the host is disposed.
    /// </summary>
    public static async Task<TestHost> StartIsolatedAsync(DatabaseKind kind, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var (database, postgresName) = await TestDatabases.IsolatedProviderAsync(kind);
        var host = await StartOnAsync(database, time, configure);
        host._isolatedPostgres = postgresName;
        return host;
    }

    private static async Task<TestHost> StartOnAsync(IDatabaseProvider database, TimeProvider? time, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        // Feed downloads keep their real pipeline with test-sized delays; a test may register its own options.
        services.AddSingleton(FeedTesting.Fast);
        configure?.Invoke(services);
        services.AddMedVigilDatabase(database);
        services.AddMedVigilApplication();
        services.AddMedVigilIdentity();
        var host = new TestHost(services.BuildServiceProvider(), database);
        await MigrateOnceAsync(host);
        await host.CreateTenantAsync();
        return host;
    }

    /// <summary>A new scope (a new DbContext) acting in this host's tenant with the given role.</summary>
    public IServiceProvider NewScope(Role role = Role.Admin, string actor = "test", Guid? tenantId = null)
    {
        var scope = _services.CreateAsyncScope();
        _scopes.Add(scope);
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenantId ?? TenantId, actor, role);
        return scope.ServiceProvider;
    }

    /// <summary>A scope with no tenant entered (what an unauthenticated caller would have).</summary>
    public IServiceProvider NewUnscopedScope()
    {
        var scope = _services.CreateAsyncScope();
        _scopes.Add(scope);
        return scope.ServiceProvider;
    }

    public T Get<T>(Role role = Role.Admin) where T : notnull => NewScope(role).GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        await _services.DisposeAsync();
        if (_isolatedPostgres is not null)
        {
            await TestDatabases.DropIsolatedPostgresAsync(_isolatedPostgres);
        }
    }

    /// <summary>A second tenant on the same database, for isolation tests; enter it with <c>NewScope(tenantId: …)</c>.</summary>
    public async Task<Guid> CreateOtherTenantAsync() => (await NewTenantAsync()).Id;

    private async Task CreateTenantAsync() => (TenantId, TenantSlug) = await NewTenantAsync();

    private async Task<(Guid Id, string Slug)> NewTenantAsync()
    {
        var slug = "t-" + Guid.NewGuid().ToString("N")[..20];
        var scope = NewUnscopedScope();
        scope.GetRequiredService<TenantScope>().Identify("test");
        var tenant = await scope.GetRequiredService<CreateTenant>()
            .ExecuteAsync(new CreateTenantCommand(slug, "Test hospital " + slug), CancellationToken.None);
        return (tenant.Value.Id, slug);
    }

    private static async Task MigrateOnceAsync(TestHost host)
    {
        await MigrationLock.WaitAsync();
        try
        {
            if (Migrated.Add(host.Database.DisplayName))
            {
                await host._services.MigrateDatabaseAsync(CancellationToken.None);
            }
        }
        finally
        {
            MigrationLock.Release();
        }
    }
}
