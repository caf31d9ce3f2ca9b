using MedVigil.Application.Access;
using MedVigil.Application.Aliases;
using MedVigil.Application.Devices;
using MedVigil.Domain.Access;
using MedVigil.Server.Hosting;
using MedVigil.Testing;

namespace MedVigil.Server.Tests;

/// <summary>
/// A running server over a real database holding two tenants: A, whose keys the tests use, and B, whose
/// resources A must never reach.
/// </summary>
public sealed class TwoTenantServer : IAsyncDisposable
{
    private TwoTenantServer(RunningServer server, TestHost a, TestHost b) => (Server, A, B) = (server, a, b);

    public RunningServer Server { get; }

    public TestHost A { get; }

    public TestHost B { get; }

    public Dictionary<Role, string> KeysOfA { get; } = [];

    /// <summary>Route parameter name → the id of one of tenant B's resources of that kind.</summary>
    public Dictionary<string, string> ResourcesOfB { get; } = [];

    /// <summary>Strings that exist only in tenant B's data; none may appear in anything A reads.</summary>
    public List<string> SecretsOfB { get; } = [];

    public static async Task<TwoTenantServer> StartAsync(DatabaseKind kind, ServerSettings? settings = null)
    {
        var a = await TestHost.StartAsync(kind);
        var b = await TestHost.StartAsync(kind);
        var fixture = new TwoTenantServer(await RunningServer.StartAsync(a.Database, settings), a, b);
        var ct = TestContext.Current.CancellationToken;
        foreach (var role in Enum.GetValues<Role>())
        {
            fixture.KeysOfA[role] = (await a.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand($"a-{role}", role.ToString()), ct)).Value.Token;
        }

        await a.Get<RegisterDevice>().ExecuteAsync(new DeviceInput("A-PUMP-1", "Baxter", "Sigma Spectrum", null, "8.00.01"), ct);
        var bDevice = (await b.Get<RegisterDevice>().ExecuteAsync(
            new DeviceInput("B-SECRET-ASSET", "B-Secret-Maker", "B-Secret-Model", null, "1.0", CareUnit: "B-Secret-Unit"), ct)).Value;
        var bKey = (await b.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand("b-secret-key", "Admin"), ct)).Value;
        fixture.ResourcesOfB["deviceId"] = bDevice.Id.ToString();
        await b.Get<AddManufacturerAlias>().ExecuteAsync(new AddManufacturerAliasCommand("B-Secret-Alias", "B-Secret-Canonical"), ct);
        fixture.ResourcesOfB["apiKeyId"] = bKey.Key.Id.ToString();
        // The alias is B's resource name, echoed back by a 404 like any id; its canonical name is what must not leak.
        fixture.ResourcesOfB["alias"] = "B-Secret-Alias";
        fixture.SecretsOfB.AddRange(["B-SECRET-ASSET", "B-Secret-Maker", "B-Secret-Unit", "b-secret-key", "B-Secret-Canonical", b.TenantId.ToString(), b.TenantSlug]);
        return fixture;
    }

    public HttpClient As(Role role) => Server.Client(KeysOfA[role]);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}
