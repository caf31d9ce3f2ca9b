using System.CommandLine;
using MedVigil.Persistence;
using MedVigil.Server;
using MedVigil.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MedVigil.Cli.Commands;

internal static class ServeCommand
{
    public static readonly Option<string[]> Urls = new("--urls")
    {
        Description = $"Addresses to listen on (default {ServerSettings.DefaultUrl})",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string> LogFormat = new("--log-format")
    {
        Description = "text or json",
        DefaultValueFactory = _ => "text",
    };

    static ServeCommand() => LogFormat.AcceptOnlyFromAmong("text", "json");

    public static Command Create(GlobalOptions global)
    {
        var command = new Command("serve", "Run the API and web UI") { Urls, LogFormat };
        command.SetAction((parse, ct) => RunAsync(
            CliHost.ChooseDatabase(parse.GetValue(global.Db), parse.GetValue(global.Postgres)),
            Settings(parse), parse.InvocationConfiguration.Output, null, ct));
        return command;
    }

    public static ServerSettings Settings(ParseResult parse) => new()
    {
        Urls = parse.GetValue(Urls) is { Length: > 0 } urls ? urls : [ServerSettings.DefaultUrl],
        JsonLogs = parse.GetValue(LogFormat) == "json",
    };

    /// <summary>Migrates, starts, prints where it listens, and runs until Ctrl+C (or the token) stops it.</summary>
    public static async Task<int> RunAsync(
        IDatabaseProvider database, ServerSettings settings, TextWriter output, string? banner, CancellationToken cancellationToken)
    {
        await using var app = MedVigilServer.Build(database, settings);
        await app.Services.MigrateDatabaseAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        output.WriteLine($"MedVigil is serving {database.Name} data from {database.DisplayName}");
        foreach (var address in addresses)
        {
            output.WriteLine($"  {address}   (health: {address}/health/ready, API reference: {address}/api-reference)");
        }

        if (banner is not null)
        {
            output.WriteLine(banner);
        }

        output.WriteLine("Press Ctrl+C to stop.");
        await output.FlushAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Ok;
    }
}
