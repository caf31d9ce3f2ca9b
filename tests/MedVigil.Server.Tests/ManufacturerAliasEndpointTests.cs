using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedVigil.Application.Access;
using MedVigil.Domain.Access;
using MedVigil.Testing;

namespace MedVigil.Server.Tests;

/// <summary>The manufacturer alias API: authenticated, tenant-scoped, writes for writer roles, conflicts as problem details.</summary>
public sealed class ManufacturerAliasEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_tenant_adds_lists_and_removes_its_aliases_and_another_tenant_sees_none_of_them(DatabaseKind kind)
    {
        await using var fixture = await TwoTenantServer.StartAsync(kind);
        var analyst = fixture.As(Role.SecurityAnalyst);
        var tenantB = fixture.Server.Client((await fixture.B.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand("b-reader", "Viewer"), Ct)).Value.Token);

        var created = await analyst.PostAsJsonAsync("/api/manufacturer-aliases", new { alias = "Tenant A Pumps", canonical = "CareFusion", note = "old asset tags" }, Ct);
        var listedByA = await analyst.GetStringAsync("/api/manufacturer-aliases", Ct);
        var listedByB = await tenantB.GetStringAsync("/api/manufacturer-aliases", Ct);
        var conflict = await analyst.PostAsJsonAsync("/api/manufacturer-aliases", new { alias = "BD", canonical = "Baxter" }, Ct);
        var removed = await analyst.DeleteAsync("/api/manufacturer-aliases/Tenant%20A%20Pumps", Ct);
        var afterRemove = await analyst.GetStringAsync("/api/manufacturer-aliases", Ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        created.Headers.Location!.OriginalString.ShouldBe("/api/manufacturer-aliases/Tenant%20A%20Pumps");
        using (var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)))
        {
            body.RootElement.GetProperty("resolvesTo").GetString().ShouldBe("Becton Dickinson");
            body.RootElement.GetProperty("explanation").GetString()!.ShouldStartWith("'Tenant A Pumps' is an alias of 'CareFusion' (tenant table); 'CareFusion' became part of BD in 2015");
        }

        listedByA.ShouldContain("Tenant A Pumps");
        listedByA.ShouldNotContain("B-Secret-Alias");
        listedByB.ShouldContain("B-Secret-Alias");
        listedByB.ShouldNotContain("Tenant A Pumps");
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.Content.ReadAsStringAsync(Ct)).ShouldContain("alias_conflict");
        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterRemove.ShouldNotContain("Tenant A Pumps");
    }

    [Fact]
    public async Task Readers_cannot_write_and_nobody_reads_without_a_key()
    {
        await using var fixture = await TwoTenantServer.StartAsync(DatabaseKind.Sqlite);

        (await fixture.Server.Client().GetAsync("/api/manufacturer-aliases", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await fixture.As(Role.Viewer).GetAsync("/api/manufacturer-aliases", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fixture.As(Role.Viewer).PostAsJsonAsync("/api/manufacturer-aliases", new { alias = "X Medical", canonical = "Baxter" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.As(Role.Auditor).DeleteAsync("/api/manufacturer-aliases/B-Secret-Alias", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
