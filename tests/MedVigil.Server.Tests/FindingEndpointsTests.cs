using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedVigil.Application.Devices;
using MedVigil.Application.Sboms;
using MedVigil.Domain.Access;
using MedVigil.Testing;

namespace MedVigil.Server.Tests;

/// <summary>The matching API: run an analysis, ask which devices an advisory affects, read by device and model version, analyse.</summary>
public sealed class FindingEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task An_advisory_shows_the_tenants_affected_devices_and_an_analysis_can_be_recorded(DatabaseKind kind)
    {
        await using var fixture = await TwoTenantServer.StartAsync(kind);
        (await fixture.A.Get<ImportSbom>().ExecuteAsync(new ImportSbomCommand("a.cdx.json",
            Encoding.UTF8.GetBytes(WrittenDocuments.Sbom("pkg:npm/lodash@4.17.20")), "Acme Medical", "Gateway", "3.1"), Ct)).IsSuccess.ShouldBeTrue();
        (await fixture.A.Get<RegisterDevice>().ExecuteAsync(new DeviceInput("A-GW-1", "Acme Medical", "Gateway", null, "3.1"), Ct)).IsSuccess.ShouldBeTrue();
        var admin = fixture.As(Role.Admin);

        var run = await admin.PostAsync("/api/analysis?full=true", null, Ct);
        var affected = await admin.GetStringAsync("/api/advisories/GHSA-35jh-r3h4-6jhm/affected", Ct);
        var unknown = await admin.GetAsync("/api/advisories/NO-SUCH-ADVISORY/affected", Ct);

        run.StatusCode.ShouldBe(HttpStatusCode.OK, await run.Content.ReadAsStringAsync(Ct));
        using var rows = JsonDocument.Parse(affected);
        var row = rows.RootElement.EnumerateArray().ShouldHaveSingleItem();
        (row.GetProperty("assetId").GetString(), row.GetProperty("vulnerabilityId").GetString(), row.GetProperty("status").GetString())
            .ShouldBe(("A-GW-1", "CVE-2021-23337", "affected"));
        // An unclassified device of unknown exposure takes the worst values (ADR 0023): none, open, yes, very high.
        (row.GetProperty("priority").GetString(), row.GetProperty("dueDate").ValueKind).ShouldBe(("out-of-cycle", JsonValueKind.String));
        fixture.SecretsOfB.ShouldAllBe(secret => !affected.Contains(secret));
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var findingId = row.GetProperty("findingId").GetString();
        var viewer = await fixture.As(Role.Viewer).PostAsJsonAsync($"/api/findings/{findingId}/analysis", new { state = "exploitable" }, Ct);
        var invalid = await admin.PostAsJsonAsync($"/api/findings/{findingId}/analysis", new { state = "not_affected" }, Ct);
        var analysed = await admin.PostAsJsonAsync($"/api/findings/{findingId}/analysis",
            new { state = "not_affected", justification = "protected_at_perimeter", scope = "model", detail = "no route from clinical VLAN" }, Ct);
        var after = await admin.GetStringAsync("/api/findings?assetId=A-GW-1", Ct);

        viewer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync(Ct)).ShouldContain("justification");
        analysed.StatusCode.ShouldBe(HttpStatusCode.OK, await analysed.Content.ReadAsStringAsync(Ct));
        after.ShouldContain("\"analysisState\":\"not_affected\"");
        after.ShouldContain("\"justification\":\"protected_at_perimeter\"");
        after.ShouldContain("\"priority\":null,\"dueDate\":null", Case.Sensitive, "analysed away: no action, no priority");
    }
}
