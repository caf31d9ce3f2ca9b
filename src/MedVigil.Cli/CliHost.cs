using MedVigil.Application;
using MedVigil.Application.Tenants;
using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Persistence;
using MedVigil.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Cli;

/// <summary>
/// The in-process services a command runs its use cases with: the chosen database, migrated, and (when the
/// command acts on tenant data) the tenant scope entered as the local operator.
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliHost(ServiceProvider services, IDatabaseProvider database)
    {
        _services = services;
        Database = database;
        Scope = services.CreateAsyncScope();
    }

    public IDatabaseProvider Database { get; }

    public AsyncServiceScope Scope { get; }

    public T Get<T>() where T : notnull => Scope.ServiceProvider.GetRequiredService<T>();

    public static IDatabaseProvider ChooseDatabase(string? sqlitePath, string? postgres) =>
        DatabaseServices.Choose(sqlitePath, postgres ?? Environment.GetEnvironmentVariable("ConnectionStrings__Postgres"));

    public static async Task<CliHost> OpenAsync(IDatabaseProvider database, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMedVigilDatabase(database);
        // Feed download options from the environment, as the server reads them (Feeds__Http__MaxRetries, …).
        services.AddSingleton(FeedSettings.HttpOptions(new ConfigurationBuilder().AddEnvironmentVariables().Build()));
        services.AddMedVigilApplication();
        services.AddMedVigilIdentity();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.MigrateDatabaseAsync(cancellationToken);
        var host = new CliHost(provider, database);
        host.Get<TenantScope>().Identify(Actor);
        return host;
    }

    /// <summary>The operator at this terminal: someone with access to the database itself.</summary>
    public static string Actor => $"cli:{Environment.UserName}";

    /// <summary>Enters the named tenant; the default tenant is created on first use, any other must exist.</summary>
    public async Task<Result<Guid>> EnterTenantAsync(string? slug, CancellationToken cancellationToken)
    {
        var name = slug ?? GlobalOptions.DefaultTenant;
        var found = await Get<FindTenant>().ExecuteAsync(name, cancellationToken);
        if (found.TryGetValue(out var tenant))
        {
            Get<TenantScope>().Enter(tenant.Id, Actor, Role.Admin);
            return tenant.Id;
        }

        if (slug is not null)
        {
            return new Error(ErrorKind.NotFound, "tenant_not_found",
                $"Tenant '{slug}' does not exist; create it with 'medvigil tenant create {slug} --name NAME'.", []);
        }

        var created = await Get<CreateTenant>().ExecuteAsync(new CreateTenantCommand(name, "Default organisation"), cancellationToken);
        return created.Map(t => t.Id);
    }

    /// <summary>Opens the chosen database, enters the command's tenant, and runs the action; exit code out.</summary>
    public static async Task<int> RunForTenantAsync(
        GlobalOptions global, System.CommandLine.ParseResult parse, CancellationToken cancellationToken, Func<CliHost, Task<int>> action)
    {
        await using var host = await OpenAsync(ChooseDatabase(parse.GetValue(global.Db), parse.GetValue(global.Postgres)), cancellationToken);
        var tenant = await host.EnterTenantAsync(parse.GetValue(global.Tenant), cancellationToken);
        return tenant.IsSuccess ? await action(host) : CliOutput.Fail(parse.InvocationConfiguration.Error, tenant.Error);
    }

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
