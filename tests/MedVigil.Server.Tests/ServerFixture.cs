using System.Text;
using MedVigil.Application.Access;
using MedVigil.Application.Advisories;
using MedVigil.Application.Aliases;
using MedVigil.Application.Devices;
using MedVigil.Application.Findings;
using MedVigil.Application.Risk.Acceptance;
using MedVigil.Application.Mitigations;
using MedVigil.Application.Sboms;
using MedVigil.Domain.Access;
using MedVigil.Persistence;
using MedVigil.Server.Hosting;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        var (bVersion, bFinding) = await FindingOfAsync(b, ct);
        fixture.ResourcesOfB["deviceId"] = bDevice.Id.ToString();
        fixture.ResourcesOfB["modelVersionId"] = bVersion.ToString();
        fixture.ResourcesOfB["findingId"] = bFinding.ToString();
        var bAcceptance = (await b.Get<AcceptRisk>().ExecuteAsync(new AcceptRiskCommand(bFinding, "B-Secret-Owner", "B-Secret-Justification"), ct)).Value;
        fixture.ResourcesOfB["acceptanceId"] = bAcceptance.AcceptanceId.ToString();
        fixture.ResourcesOfB["mitigationId"] = (await b.Get<ProposeMitigation>().ExecuteAsync(
            new ProposeMitigationCommand("segmentation", ["B-SECRET-ASSET"], "B-Secret-Owner", Notes: "B-Secret-Note"), ct)).Value.Id.ToString();
        fixture.ResourcesOfB["advisoryId"] = "B-SECRET-ADVISORY"; // advisories are global: one nobody has is not found
        await b.Get<AddManufacturerAlias>().ExecuteAsync(new AddManufacturerAliasCommand("B-Secret-Alias", "B-Secret-Canonical"), ct);
        fixture.ResourcesOfB["apiKeyId"] = bKey.Key.Id.ToString();
        // The alias is B's resource name, echoed back by a 404 like any id; its canonical name is what must not leak.
        fixture.ResourcesOfB["alias"] = "B-Secret-Alias";
        fixture.SecretsOfB.AddRange(["B-SECRET-ASSET", "B-Secret-Maker", "B-Secret-Unit", "b-secret-key", "B-Secret-Canonical", "B-Secret-Owner", "B-Secret-Justification", "B-Secret-Note", b.TenantId.ToString(), b.TenantSlug]);
        return fixture;
    }

    /// <summary>Gives tenant B a model version with an open finding (its SBOM has lodash 4.17.20; the OSV record is global).</summary>
    private static async Task<(Guid ModelVersion, Guid Finding)> FindingOfAsync(TestHost b, CancellationToken ct)
    {
        (await b.Get<ImportSbom>().ExecuteAsync(new ImportSbomCommand("b.cdx.json",
            Encoding.UTF8.GetBytes(WrittenDocuments.Sbom("pkg:npm/lodash@4.17.20")), "B-Secret-Maker", "B-Secret-Model", "1.0"), ct)).IsSuccess.ShouldBeTrue();
        using var osv = new MemoryStream(Encoding.UTF8.GetBytes(WrittenDocuments.Osv("GHSA-35jh-r3h4-6jhm", "CVE-2021-23337", "npm", "lodash", "4.17.21")));
        (await b.Get<ImportOsv>().ExecuteAsync(new ImportOsvCommand("lodash.osv.json", osv), ct)).IsSuccess.ShouldBeTrue();
        (await b.Get<AnalyzeFindings>().ExecuteAsync(new AnalyzeCommand(Full: true), ct)).IsSuccess.ShouldBeTrue();
        var finding = (await b.Get<ListFindings>().ExecuteAsync(new ListFindingsQuery(), ct)).Value
            .First(f => f.Manufacturer == "B-Secret-Maker" && f.VulnerabilityId == "CVE-2021-23337");
        var version = await b.NewScope().GetRequiredService<MedVigilDbContext>().Findings.Where(f => f.Id == finding.FindingId)
            .Select(f => f.ModelVersionId!.Value).SingleAsync(ct);
        return (version, finding.FindingId);
    }

    public HttpClient As(Role role) => Server.Client(KeysOfA[role]);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}
