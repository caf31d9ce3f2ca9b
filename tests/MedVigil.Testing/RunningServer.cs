using System.Net.Http.Headers;
using MedVigil.Persistence;
using MedVigil.Server;
using MedVigil.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Testing;

/// <summary>The real server on a free loopback port, over a real database: what a client would talk to.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    /// <summary>Starts on a free port; tests that are not about rate limits get a generous one.</summary>
    public static async Task<RunningServer> StartAsync(IDatabaseProvider database, ServerSettings? settings = null)
    {
        settings = (settings ?? new ServerSettings { CredentialRequestsPerMinute = 10_000 }) with { Urls = ["http://127.0.0.1:0"] };

        var app = MedVigilServer.Build(database, settings);
        await app.Services.MigrateDatabaseAsync(CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(app, new Uri(address));
    }

    /// <summary>A client that presents the given API key (or none).</summary>
    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
