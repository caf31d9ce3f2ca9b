using MedVigil.Application.Access;
using MedVigil.Application.Common;
using MedVigil.Application.Devices;
using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Tenancy;

public sealed class TenantIsolationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnotherTenantsDeviceIsNotFoundAndNotListed(DatabaseKind kind)
    {
        await using var a = await TestHost.StartAsync(kind);
        await using var b = await TestHost.StartAsync(kind);
        var bDevice = (await b.Get<RegisterDevice>().ExecuteAsync(Some.Pump("B-SECRET-1"), Ct)).Value;

        var get = await a.Get<GetDevice>().ExecuteAsync(bDevice.Id, Ct);
        var update = await a.Get<UpdateDevice>().ExecuteAsync(bDevice.Id, Some.Pump("B-SECRET-1"), Ct);
        var list = await a.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging()), Ct);

        get.Error!.Kind.ShouldBe(ErrorKind.NotFound);
        update.Error!.Kind.ShouldBe(ErrorKind.NotFound);
        list.Value.Items.ShouldNotContain(d => d.AssetId == "B-SECRET-1");
        (await b.Get<GetDevice>().ExecuteAsync(bDevice.Id, Ct)).IsSuccess.ShouldBeTrue();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheSameAssetIdMayExistInTwoTenants(DatabaseKind kind)
    {
        await using var a = await TestHost.StartAsync(kind);
        await using var b = await TestHost.StartAsync(kind);

        (await a.Get<RegisterDevice>().ExecuteAsync(Some.Pump("SHARED-1"), Ct)).IsSuccess.ShouldBeTrue();
        (await b.Get<RegisterDevice>().ExecuteAsync(Some.Pump("SHARED-1"), Ct)).IsSuccess.ShouldBeTrue();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task WritingAnotherTenantsRowIsRefusedBeforeItReachesTheDatabase(DatabaseKind kind)
    {
        await using var a = await TestHost.StartAsync(kind);
        await using var b = await TestHost.StartAsync(kind);
        var bScope = b.NewScope();
        var bDevice = (await bScope.GetRequiredService<RegisterDevice>().ExecuteAsync(Some.Pump("B-2"), Ct)).Value;
        var stolen = await bScope.GetRequiredService<MedVigilDbContext>().Devices.SingleAsync(d => d.Id == bDevice.Id, Ct);

        var aDb = a.NewScope().GetRequiredService<MedVigilDbContext>();
        aDb.Attach(stolen);
        stolen.ChangeLifecycle(LifecycleStatus.Retired, TimeProvider.System);

        await Should.ThrowAsync<InvalidOperationException>(() => aDb.SaveChangesAsync(Ct));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task WithoutATenantInScopeNoTenantDataIsVisible(DatabaseKind kind)
    {
        await using var a = await TestHost.StartAsync(kind);
        await a.Get<RegisterDevice>().ExecuteAsync(Some.Pump(), Ct);

        var db = a.NewUnscopedScope().GetRequiredService<MedVigilDbContext>();

        (await db.Devices.CountAsync(Ct)).ShouldBe(0);
        (await db.AuditEvents.CountAsync(Ct)).ShouldBe(0);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnApiKeyOnlyWorksForTheTenantItNames(DatabaseKind kind)
    {
        await using var a = await TestHost.StartAsync(kind);
        var token = (await a.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand("ci", "Viewer"), Ct)).Value.Token;
        var forged = "mvk_" + Guid.NewGuid().ToString("N") + token[(4 + 32)..];

        var identity = await a.NewUnscopedScope().GetRequiredService<AuthenticateApiKey>().ExecuteAsync(token, Ct);
        var forgedIdentity = await a.NewUnscopedScope().GetRequiredService<AuthenticateApiKey>().ExecuteAsync(forged, Ct);

        identity!.TenantId.ShouldBe(a.TenantId);
        identity.Role.ShouldBe(Domain.Access.Role.Viewer);
        forgedIdentity.ShouldBeNull();
    }
}
