using MedVigil.Application.Audit;
using MedVigil.Application.Common;
using MedVigil.Application.Devices;
using MedVigil.Application.Inventory;
using MedVigil.Domain.Common;
using MedVigil.Formats.Inventory;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Inventory;

public sealed class ImportInventoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Result<ImportSummary>> ImportAsync(TestHost host, string csv, bool skipInvalid = false) =>
        host.Get<ImportInventory>().ExecuteAsync(
            new ImportInventoryCommand("inventory.csv", InventoryCsvReader.Read(new StringReader(csv)), skipInvalid), Ct);

    private static async Task<int> DeviceCountAsync(TestHost host) =>
        (await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging()), Ct)).Value.Total;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AGoodFileCreatesThenAReimportChangesNothing(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var csv = Some.InventoryCsv(Some.Row("MON-1"), Some.Row("MON-2", unit: "Cardiology"), Some.Row("MON-3", exposure: "segmented"));

        var first = await ImportAsync(host, csv);
        var second = await ImportAsync(host, csv);

        (first.Value.Created, first.Value.Updated, first.Value.Skipped.Count).ShouldBe((3, 0, 0), first.Error?.Message);
        (second.Value.Created, second.Value.Updated, second.Value.Unchanged).ShouldBe((0, 0, 3));
        (await DeviceCountAsync(host)).ShouldBe(3);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AReimportUpdatesByAssetIdAndKeepsColumnsTheFileLacks(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        await ImportAsync(host, Some.InventoryCsv(Some.Row("MON-1")));

        var moved = await ImportAsync(host,
            "asset_id,manufacturer,model,model_number,software_version,care_unit\nMON-1,Philips,IntelliVue MX800,865240,N.00.06,Cardiology\n");

        moved.Value.Updated.ShouldBe(1);
        var device = (await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging()), Ct)).Value.Items.Single();
        device.CareUnit.ShouldBe("Cardiology");
        device.SoftwareVersion.ShouldBe("N.00.06");
        device.IpAddress.ShouldBe("10.1.1.1");
        device.Vlan.ShouldBe(130);
        device.HoldsPatientData.ShouldBeTrue();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ABadFileIsRejectedWholeWithEveryProblemAndNothingIsWritten(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        await ImportAsync(host, Some.InventoryCsv(Some.Row("MON-1")));
        var auditBefore = (await host.Get<VerifyAuditChain>().ExecuteAsync(Ct)).EventsChecked;

        var result = await ImportAsync(host, Some.InventoryCsv(
            Some.Row("MON-1", unit: "Moved"), Some.Row("MON-2", exposure: "intranet"), Some.Row("MON-3", ip: "10.0.0.256")));

        result.Error!.Kind.ShouldBe(ErrorKind.Validation);
        result.Error.Fields.Count.ShouldBe(2);
        result.Error.Fields.ShouldContain(f => f.Field.StartsWith("line 3", StringComparison.Ordinal) && f.Message.Contains("intranet"));
        result.Error.Fields.ShouldContain(f => f.Field.StartsWith("line 4", StringComparison.Ordinal) && f.Message.Contains("10.0.0.256"));
        (await DeviceCountAsync(host)).ShouldBe(1);
        (await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging()), Ct)).Value.Items.Single().CareUnit.ShouldBe("ICU");
        (await host.Get<VerifyAuditChain>().ExecuteAsync(Ct)).EventsChecked.ShouldBe(auditBefore);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task SkipInvalidImportsTheGoodRowsAndReportsTheRest(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        var result = await ImportAsync(host, Some.InventoryCsv(Some.Row("MON-1"), Some.Row("MON-2", exposure: "intranet"), Some.Row("MON-3")), skipInvalid: true);

        (result.Value.Created, result.Value.Skipped.Count).ShouldBe((2, 1));
        result.Value.Skipped.Single().Location.ShouldBe("line 3");
        (await DeviceCountAsync(host)).ShouldBe(2);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AParentNamedNowhereRejectsTheRecordAndItsOrphans(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var csv = Some.InventoryHeader + ",parent_asset_id\n"
            + Some.Row("MOD-1") + ",MON-404\n"
            + Some.Row("MOD-2") + ",MOD-1\n"
            + Some.Row("MON-9") + ",\n";

        var strict = await ImportAsync(host, csv);
        var lenient = await ImportAsync(host, csv, skipInvalid: true);

        strict.Error!.Fields.Select(f => f.Field[..6]).ShouldBe(["line 2", "line 3"]);
        strict.Error.Fields[0].Message.ShouldContain("MON-404");
        lenient.Value.Created.ShouldBe(1);
        lenient.Value.Skipped.Select(s => s.Location).ShouldBe(["line 2", "line 3"]);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AFhirContainmentTreeImportsWithParentsLinked(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var read = FhirDeviceReader.ReadFiles(Directory.GetFiles(SharedData.Path("fhir", "pocd"), "Device-*.xml"));

        var result = await host.Get<ImportInventory>().ExecuteAsync(new ImportInventoryCommand("pocd", read, false), Ct);

        result.Value.Created.ShouldBe(8, result.Error?.Message);
        var devices = (await host.Get<ListDevices>().ExecuteAsync(new ListDevicesQuery(new Paging()), Ct)).Value.Items;
        var mds = devices.Single(d => d.ParentAssetId is null);
        mds.Model.ShouldBe("MyPhysioMonitor");
        devices.Count(d => d.ParentAssetId == mds.AssetId).ShouldBe(3);
        devices.Count(d => d.ParentAssetId is not null && d.ParentAssetId != mds.AssetId).ShouldBe(4);
        devices.ShouldAllBe(d => d.Manufacturer == "MyCompany");
    }
}
