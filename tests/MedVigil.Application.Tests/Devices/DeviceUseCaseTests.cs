using MedVigil.Application.Common;
using MedVigil.Application.Devices;
using MedVigil.Domain.Common;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Devices;

public sealed class DeviceUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ARegisteredDeviceReadsBackWithItsCatalogueNames(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        var registered = await host.Get<RegisterDevice>().ExecuteAsync(Some.Pump(), Ct);

        registered.IsSuccess.ShouldBeTrue(registered.Error?.Message);
        var device = (await host.Get<GetDevice>().ExecuteAsync(registered.Value.Id, Ct)).Value;
        device.AssetId.ShouldBe("INF-0001");
        device.Manufacturer.ShouldBe("B. Braun Melsungen AG");
        device.Model.ShouldBe("Space Infusomat");
        device.ModelNumber.ShouldBe("8713030");
        device.SoftwareVersion.ShouldBe("686E");
        device.CareUnit.ShouldBe("ICU");
        device.ClinicalFunction.ShouldBe("therapeutic");
        device.Exposure.ShouldBe("hospital-network");
        device.MacAddress.ShouldBe("00:1A:2B:3C:4D:5E");
        device.Vlan.ShouldBe(120);
        device.LifecycleStatus.ShouldBe("in-use");
        device.Owner.ShouldBe("Biomed team A");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ASecondDeviceWithTheSameAssetIdIsAConflict(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        await host.Get<RegisterDevice>().ExecuteAsync(Some.Pump(), Ct);

        var again = await host.Get<RegisterDevice>().ExecuteAsync(Some.Pump(), Ct);

        again.Error!.Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task InvalidInputListsEveryBadField(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        var result = await host.Get<RegisterDevice>().ExecuteAsync(
            Some.Pump() with { AssetId = " ", Exposure = "intranet", IpAddress = "10.0.0.999", Vlan = 5000 }, Ct);

        result.Error!.Kind.ShouldBe(ErrorKind.Validation);
        result.Error.Fields.Select(f => f.Field).ShouldBe(["assetId", "exposure", "ipAddress", "vlan"], ignoreOrder: true);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnUpdateChangesOnlyWhatChangedAndCannotRenameTheAsset(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var id = (await host.Get<RegisterDevice>().ExecuteAsync(Some.Pump(), Ct)).Value.Id;

        var moved = await host.Get<UpdateDevice>().ExecuteAsync(id, Some.Pump(careUnit: "Neonatal ICU") with { Exposure = "segmented" }, Ct);
        var renamed = await host.Get<UpdateDevice>().ExecuteAsync(id, Some.Pump("INF-9999"), Ct);

        moved.Value.CareUnit.ShouldBe("Neonatal ICU");
        moved.Value.Exposure.ShouldBe("segmented");
        renamed.Error!.Fields.ShouldContain(f => f.Field == "assetId");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ARetiredDeviceCannotReturnToServiceOrBeEdited(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var id = (await host.Get<RegisterDevice>().ExecuteAsync(Some.Pump(), Ct)).Value.Id;

        (await host.Get<ChangeDeviceLifecycle>().ExecuteAsync(id, "retired", Ct)).Value.LifecycleStatus.ShouldBe("retired");
        var back = await host.Get<ChangeDeviceLifecycle>().ExecuteAsync(id, "in-use", Ct);
        var edit = await host.Get<UpdateDevice>().ExecuteAsync(id, Some.Pump() with { Vlan = 121 }, Ct);

        back.Error!.Kind.ShouldBe(ErrorKind.InvalidTransition);
        edit.Error!.Kind.ShouldBe(ErrorKind.InvalidTransition);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheListPagesAndFilters(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        for (var i = 1; i <= 7; i++)
        {
            var unit = i <= 3 ? "ICU" : "Ward 4B";
            (await host.Get<RegisterDevice>().ExecuteAsync(Some.Pump($"INF-{i:D4}", unit) with { Hostname = null }, Ct)).IsSuccess.ShouldBeTrue();
        }

        var page2 = await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging(2, 3)), Ct);
        var icu = await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging(), CareUnit: "ICU"), Ct);
        var monitors = await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging(), ClinicalFunction: "monitoring"), Ct);
        var bad = await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging(), Exposure: "cloud"), Ct);
        var search = await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging(), Search: "0005"), Ct);

        page2.Value.Total.ShouldBe(7);
        page2.Value.Items.Select(d => d.AssetId).ShouldBe(["INF-0004", "INF-0005", "INF-0006"]);
        icu.Value.Total.ShouldBe(3);
        monitors.Value.Total.ShouldBe(0);
        bad.Error!.Kind.ShouldBe(ErrorKind.Validation);
        search.Value.Items.Single().AssetId.ShouldBe("INF-0005");
    }
}
