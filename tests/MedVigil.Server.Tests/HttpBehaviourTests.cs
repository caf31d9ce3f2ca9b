using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedVigil.Domain.Access;
using MedVigil.Server.Hosting;
using MedVigil.Testing;

namespace MedVigil.Server.Tests;

public sealed class HttpBehaviourTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ADeviceCanBeRegisteredReadUpdatedAndRetiredOverTheApi(DatabaseKind kind)
    {
        await using var fixture = await TwoTenantServer.StartAsync(kind);
        var engineer = fixture.As(Role.ClinicalEngineer);
        var input = new
        {
            assetId = "VEN-0001", manufacturer = "Hamilton Medical", model = "HAMILTON-C6", modelNumber = "161008",
            softwareVersion = "2.0.2", careUnit = "ICU", clinicalFunction = "life-sustaining", exposure = "segmented",
            ipAddress = "10.30.1.5", vlan = 135,
        };

        var created = await engineer.PostAsJsonAsync("/api/devices", input, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var location = created.Headers.Location!.ToString();
        var updated = await engineer.PutAsJsonAsync(location, input with { vlan = 136 }, Ct);
        var retired = await engineer.PostAsJsonAsync(location + "/lifecycle", new { status = "retired" }, Ct);
        var device = await engineer.GetFromJsonAsync<JsonElement>(location, Ct);
        var audit = await fixture.As(Role.Auditor).GetStringAsync("/api/audit/events", Ct);

        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        device.GetProperty("vlan").GetInt32().ShouldBe(136);
        device.GetProperty("lifecycleStatus").GetString().ShouldBe("retired");
        device.GetProperty("clinicalFunction").GetString().ShouldBe("life-sustaining");
        audit.ShouldContain("device.lifecycle_changed");
        audit.ShouldContain("apikey:a-ClinicalEngineer");
    }

    [Fact]
    public async Task FailuresAreProblemDetailsWithFieldErrors()
    {
        await using var fixture = await TwoTenantServer.StartAsync(DatabaseKind.Sqlite);
        var admin = fixture.As(Role.Admin);

        var missing = await admin.GetAsync($"/api/devices/{Guid.NewGuid()}", Ct);
        var invalid = await admin.PostAsJsonAsync("/api/devices", new { assetId = "X", manufacturer = "M", model = "N", exposure = "cloud" }, Ct);
        var malformed = await admin.PostAsync("/api/devices", new StringContent("{not json", Encoding.UTF8, "application/json"), Ct);

        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("not_found");
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").GetProperty("exposure")[0].GetString()!.ShouldContain("hospital-network");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        malformed.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task DeeplyNestedJsonIsRefused()
    {
        await using var fixture = await TwoTenantServer.StartAsync(DatabaseKind.Sqlite);
        var nested = "{\"assetId\":" + new string('[', 200) + new string(']', 200) + "}";

        var response = await fixture.As(Role.Admin).PostAsync("/api/devices", new StringContent(nested, Encoding.UTF8, "application/json"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task BodiesOverTheLimitAreRefused()
    {
        await using var fixture = await TwoTenantServer.StartAsync(DatabaseKind.Sqlite,
            new ServerSettings { MaxRequestBodyBytes = 1024, CredentialRequestsPerMinute = 1000 });

        var response = await fixture.As(Role.Admin).PostAsync("/api/inventory/import",
            new StringContent(new string('x', 64 * 1024), Encoding.UTF8, "text/csv"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AnInventoryCsvCanBeUploadedAndABadOneIsRejectedWithLineAndColumn()
    {
        await using var fixture = await TwoTenantServer.StartAsync(DatabaseKind.Sqlite);
        var admin = fixture.As(Role.Admin);
        const string header = "asset_id,manufacturer,model,model_number,software_version,exposure\n";

        var good = await admin.PostAsync("/api/inventory/import",
            new StringContent(header + "MON-1,Philips,IntelliVue MX450,866062,N.00.05,segmented\n", Encoding.UTF8, "text/csv"), Ct);
        var bad = await admin.PostAsync("/api/inventory/import",
            new StringContent(header + "MON-2,Philips,IntelliVue MX450,866062,N.00.05,cloud\n", Encoding.UTF8, "text/csv"), Ct);

        (await good.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("created").GetInt32().ShouldBe(1);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("line 2, column 6 (exposure)");
    }

    [Fact]
    public async Task HealthOpenApiAndReferenceAreServedWithSecurityHeaders()
    {
        await using var fixture = await TwoTenantServer.StartAsync(DatabaseKind.Sqlite);
        var anonymous = fixture.Server.Client();

        var live = await anonymous.GetAsync("/health/live", Ct);
        var ready = await anonymous.GetAsync("/health/ready", Ct);
        var openApi = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var reference = await anonymous.GetAsync("/api-reference", Ct);

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/devices/{deviceId}");
        paths.ShouldContain("/api/apikeys/{apiKeyId}/revoke");
        (await reference.Content.ReadAsStringAsync(Ct)).ShouldContain("/api/devices/{deviceId:guid}");
        foreach (var header in new[] { "X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy" })
        {
            reference.Headers.Contains(header).ShouldBeTrue(header);
        }

        reference.Headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task TheReadinessProbeFailsWhenTheDatabaseIsGone()
    {
        var path = TestDatabases.NewSqliteFile();
        await using var server = await RunningServer.StartAsync(new Persistence.Sqlite.SqliteDatabase(path));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
        Directory.CreateDirectory(path); // a folder where the database file was: nothing can open it

        var ready = await server.Client().GetAsync("/health/ready", Ct);
        var live = await server.Client().GetAsync("/health/live", Ct);

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
