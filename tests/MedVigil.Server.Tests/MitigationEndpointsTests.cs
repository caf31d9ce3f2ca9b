using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedVigil.Application.Devices;
using MedVigil.Domain.Access;
using MedVigil.Testing;

namespace MedVigil.Server.Tests;

/// <summary>The mitigations API: the workflow with its guards as problem details, what-if, the downtime list.</summary>
public sealed class MitigationEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_mitigation_on_a_therapeutic_pump_needs_a_clinical_engineer_before_approval(DatabaseKind kind)
    {
        await using var fixture = await TwoTenantServer.StartAsync(kind);
        (await fixture.A.Get<RegisterDevice>().ExecuteAsync(
            new DeviceInput("A-PUMP-2", "Baxter", "Sigma Spectrum", null, "8.00.01", ClinicalFunction: "therapeutic", Exposure: "hospital-network"), Ct)).IsSuccess.ShouldBeTrue();
        var analyst = fixture.As(Role.SecurityAnalyst);

        var proposed = await analyst.PostAsJsonAsync("/api/mitigations",
            new { kind = "segmentation", devices = new[] { "A-PUMP-2" }, owner = "network team", downtimeMinutesPerDevice = 20, outOfServiceDuringWork = true }, Ct);
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync(Ct));
        var id = JsonDocument.Parse(await proposed.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString();

        var refused = await analyst.PostAsJsonAsync($"/api/mitigations/{id}/approve", new { }, Ct);
        var notClinical = await analyst.PostAsJsonAsync($"/api/mitigations/{id}/sign-off", new { note = "x" }, Ct);
        var signed = await fixture.As(Role.ClinicalEngineer).PostAsJsonAsync($"/api/mitigations/{id}/sign-off", new { note = "spare pumps on the ward" }, Ct);
        var approved = await analyst.PostAsJsonAsync($"/api/mitigations/{id}/approve", new { }, Ct);
        var wrongState = await analyst.PostAsJsonAsync($"/api/mitigations/{id}/verify", new { }, Ct);
        var unknown = await analyst.PostAsJsonAsync($"/api/mitigations/{Guid.CreateVersion7()}/approve", new { }, Ct);
        var needs = await analyst.GetStringAsync("/api/mitigations/needing-downtime", Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("\"code\":\"clinical_sign_off_required\"");
        notClinical.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        signed.StatusCode.ShouldBe(HttpStatusCode.OK, await signed.Content.ReadAsStringAsync(Ct));
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await approved.Content.ReadAsStringAsync(Ct)).ShouldContain("\"state\":\"approved\"");
        wrongState.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await wrongState.Content.ReadAsStringAsync(Ct)).ShouldContain("\"code\":\"invalid_transition\"");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var rows = JsonDocument.Parse(needs);
        var row = rows.RootElement.EnumerateArray().ShouldHaveSingleItem();
        (row.GetProperty("assetId").GetString(), row.GetProperty("downtime").GetString()).ShouldBe(("A-PUMP-2", "00:20:00"));

        var whatIf = await analyst.PostAsJsonAsync("/api/mitigations/what-if", new { kind = "segmentation", devices = new[] { "A-PUMP-2" } }, Ct);
        whatIf.StatusCode.ShouldBe(HttpStatusCode.OK, await whatIf.Content.ReadAsStringAsync(Ct));
        var list = await analyst.GetStringAsync("/api/mitigations", Ct);
        JsonDocument.Parse(list).RootElement.GetArrayLength().ShouldBe(1, "what-if saved nothing");
    }
}
