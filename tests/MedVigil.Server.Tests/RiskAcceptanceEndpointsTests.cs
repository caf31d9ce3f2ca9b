using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedVigil.Application.Devices;
using MedVigil.Application.Risk.Acceptance;
using MedVigil.Application.Sboms;
using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Testing;

namespace MedVigil.Server.Tests;

/// <summary>Risk acceptance over HTTP: who may accept, what findings show, listing and revoking, tenant isolation.</summary>
public sealed class RiskAcceptanceEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_clinical_engineer_accepts_a_risk_the_finding_loses_its_due_date_and_the_acceptance_can_be_revoked(DatabaseKind kind)
    {
        await using var fixture = await TwoTenantServer.StartAsync(kind);
        (await fixture.A.Get<ImportSbom>().ExecuteAsync(new ImportSbomCommand("a.cdx.json",
            Encoding.UTF8.GetBytes(WrittenDocuments.Sbom("pkg:npm/lodash@4.17.20")), "Acme Medical", "Gateway", "3.1"), Ct)).IsSuccess.ShouldBeTrue();
        (await fixture.A.Get<RegisterDevice>().ExecuteAsync(new DeviceInput("A-GW-1", "Acme Medical", "Gateway", null, "3.1"), Ct)).IsSuccess.ShouldBeTrue();
        var admin = fixture.As(Role.Admin);
        (await admin.PostAsync("/api/analysis?full=true", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var before = JsonDocument.Parse(await admin.GetStringAsync("/api/findings?assetId=A-GW-1", Ct));
        var findingId = before.RootElement.EnumerateArray().First(r => r.GetProperty("vulnerabilityId").GetString() == "CVE-2021-23337")
            .GetProperty("findingId").GetString();
        var input = new { owner = "Head of clinical engineering", justification = "gateway VLAN has no route out", assetId = "A-GW-1" };

        var viewer = await fixture.As(Role.Viewer).PostAsJsonAsync($"/api/findings/{findingId}/acceptances", input, Ct);
        var productSecurity = await fixture.As(Role.ProductSecurity).PostAsJsonAsync($"/api/findings/{findingId}/acceptances", input, Ct);
        var invalid = await admin.PostAsJsonAsync($"/api/findings/{findingId}/acceptances", new { owner = "x", justification = "" }, Ct);
        var accepted = await fixture.As(Role.ClinicalEngineer).PostAsJsonAsync($"/api/findings/{findingId}/acceptances", input, Ct);
        var duplicate = await admin.PostAsJsonAsync($"/api/findings/{findingId}/acceptances", input, Ct);
        var findings = await admin.GetStringAsync("/api/findings?assetId=A-GW-1", Ct);
        var listed = await admin.GetStringAsync("/api/risk-acceptances?state=active", Ct);
        var badState = await admin.GetAsync("/api/risk-acceptances?state=sometimes", Ct);

        (viewer.StatusCode, productSecurity.StatusCode, invalid.StatusCode).ShouldBe((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest));
        (await invalid.Content.ReadAsStringAsync(Ct)).ShouldContain("justification");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync(Ct));
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var rows = JsonDocument.Parse(findings);
        var row = rows.RootElement.EnumerateArray().Single(r => r.GetProperty("findingId").GetString() == findingId);
        (row.GetProperty("priority").GetString(), row.GetProperty("dueDate").ValueKind, row.GetProperty("acceptedUntil").ValueKind)
            .ShouldBe(("out-of-cycle", JsonValueKind.Null, JsonValueKind.String));
        using var acceptances = JsonDocument.Parse(listed);
        var acceptance = acceptances.RootElement.EnumerateArray().ShouldHaveSingleItem();
        (acceptance.GetProperty("scopeName").GetString(), acceptance.GetProperty("state").GetString()).ShouldBe(("A-GW-1", "active"));
        badState.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        fixture.SecretsOfB.ShouldAllBe(secret => !listed.Contains(secret));
        (await fixture.B.Get<ListRiskAcceptances>().ExecuteAsync(new ListRiskAcceptancesQuery(), Ct)).Value
            .ShouldAllBe(a => a.Owner == "B-Secret-Owner", "B sees only its own acceptance");

        var id = acceptance.GetProperty("acceptanceId").GetString();
        var noReason = await admin.PostAsJsonAsync($"/api/risk-acceptances/{id}/revoke", new { reason = "" }, Ct);
        var revoked = await admin.PostAsJsonAsync($"/api/risk-acceptances/{id}/revoke", new { reason = "exploit published" }, Ct);
        var fromB = await fixture.B.Get<RevokeRiskAcceptance>().ExecuteAsync(new RevokeRiskAcceptanceCommand(Guid.Parse(id!), "x"), Ct);

        (noReason.StatusCode, revoked.StatusCode, fromB.Error!.Kind).ShouldBe((HttpStatusCode.BadRequest, HttpStatusCode.OK, ErrorKind.NotFound));
        (await admin.GetStringAsync("/api/findings?assetId=A-GW-1", Ct)).ShouldNotContain("\"acceptedUntil\":\"");
    }
}
