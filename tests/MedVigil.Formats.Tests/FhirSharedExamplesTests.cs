using System.Text.Json;
using System.Xml.Linq;
using MedVigil.Formats.Inventory;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests;

/// <summary>The FHIR reader against published examples (HL7 R4 core, US Core, PHD and PoCD IGs) in shared/data.</summary>
public sealed class FhirSharedExamplesTests
{
    private static string[] Files(params string[] folder) =>
        [.. Directory.GetFiles(SharedData.Path(["fhir", .. folder])).Order(StringComparer.Ordinal)];

    private static FhirDeviceReadResult ReadFolder(params string[] folder) => FhirDeviceReader.ReadFilesWithSummary(Files(folder));

    /// <summary>Counts the resources in the files without the SDK: Device resources, and the others by type.</summary>
    private static (int Devices, Dictionary<string, int> Others) Census(IEnumerable<string> files)
    {
        var devices = 0;
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string type)
        {
            if (type == "Device")
            {
                devices++;
            }
            else
            {
                others[type] = others.GetValueOrDefault(type) + 1;
            }
        }

        foreach (var file in files)
        {
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var root = json.RootElement;
                if (root.GetProperty("resourceType").GetString() == "Bundle")
                {
                    foreach (var entry in root.GetProperty("entry").EnumerateArray())
                    {
                        Count(entry.GetProperty("resource").GetProperty("resourceType").GetString()!);
                    }
                }
                else
                {
                    Count(root.GetProperty("resourceType").GetString()!);
                }
            }
            else
            {
                var root = XDocument.Load(file).Root!;
                if (root.Name.LocalName == "Bundle")
                {
                    foreach (var resource in root.Elements().Where(e => e.Name.LocalName == "entry").SelectMany(e => e.Elements().Where(r => r.Name.LocalName == "resource")))
                    {
                        Count(resource.Elements().First().Name.LocalName);
                    }
                }
                else
                {
                    Count(root.Name.LocalName);
                }
            }
        }

        return (devices, others);
    }

    [Theory]
    [InlineData("r4-core-examples/json", 2)]
    [InlineData("r4-core-examples/xml", 2)]
    [InlineData("us-core", 4)]
    [InlineData("phd", 7)]
    [InlineData("pocd", 8)]
    public void ReadFiles_EveryDeviceInTheFolder_IsRead_AndEveryOtherResourceSkipped(string folder, int devices)
    {
        var files = Files(folder.Split('/'));
        var census = Census(files);

        var result = FhirDeviceReader.ReadFilesWithSummary(files);

        census.Devices.ShouldBe(devices);
        result.DevicesRead.ShouldBe(devices);
        result.SkippedResources.ShouldBe(census.Others, ignoreOrder: true);
        // Every device ends up as a record or with an issue of its own, and the files all parse.
        var located = result.Inventory.Records.Select(r => r.Location).Concat(result.Inventory.Issues.Select(i => i.Location)).Distinct().Count();
        located.ShouldBe(devices);
        result.Inventory.Issues.ShouldAllBe(i => i.Column.StartsWith("Device.", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadFiles_PatientMonitorContainmentTree_GivesParentsBeforeChildrenWithTheirParentAssetIds()
    {
        var result = ReadFolder("pocd");

        result.Inventory.Issues.ShouldBeEmpty();
        result.SkippedResources.ShouldBe(new Dictionary<string, int> { ["DeviceMetric"] = 5 });
        var records = result.Inventory.Records;
        records.Count.ShouldBe(8);
        var byAsset = records.ToDictionary(r => r.AssetId, StringComparer.Ordinal);

        const string mds = "01-23-45-67-89-AB-CD-EF";
        byAsset[mds].ParentAssetId.ShouldBeNull();
        byAsset[mds].Model.ShouldBe("MyPhysioMonitor");
        byAsset[mds].ModelNumber.ShouldBe("PM1");
        byAsset[mds].SerialNumber.ShouldBe("123456");
        byAsset[mds].Location.ShouldBe("Device-PhysioMonitorMdsDevice.xml");
        byAsset["ECGVmdDevice"].ParentAssetId.ShouldBe(mds);
        byAsset["BloodPressureVmdDevice"].ParentAssetId.ShouldBe(mds);
        byAsset["NBPVmdDevice"].ParentAssetId.ShouldBe(mds);
        byAsset["ECGChannelDevice"].ParentAssetId.ShouldBe("ECGVmdDevice");
        byAsset["HeartRateChannelDevice"].ParentAssetId.ShouldBe("ECGVmdDevice");
        byAsset["BloodPressureChannelDevice"].ParentAssetId.ShouldBe("BloodPressureVmdDevice");
        byAsset["NBPChannelDevice"].ParentAssetId.ShouldBe("NBPVmdDevice");

        // Channels name no manufacturer or model of their own: the manufacturer comes from the MDS, the model from the type.
        byAsset["ECGChannelDevice"].Manufacturer.ShouldBe("MyCompany");
        byAsset["ECGChannelDevice"].Model.ShouldBe("MDC_DEV_ECG_CHAN");
        byAsset["NBPVmdDevice"].SerialNumber.ShouldBe("567890");
        records.ShouldAllBe(r => r.SoftwareVersion == "unknown");

        AssertParentsFirst(records);
    }

    [Fact]
    public void ReadFiles_PatientMonitorTreeInReverseFileOrder_StillGivesParentsFirst()
    {
        var result = FhirDeviceReader.ReadFilesWithSummary(Files("pocd").Reverse());

        result.Inventory.Issues.ShouldBeEmpty();
        result.Inventory.Records.Count.ShouldBe(8);
        result.Inventory.Records[0].AssetId.ShouldBe("01-23-45-67-89-AB-CD-EF");
        AssertParentsFirst(result.Inventory.Records);
    }

    [Fact]
    public void ReadFiles_ChannelWithoutItsVmd_HasAnUnresolvedParentIssue()
    {
        var files = Files("pocd").Where(f => !f.EndsWith("Device-ECGVmdDevice.xml", StringComparison.Ordinal));

        var result = FhirDeviceReader.ReadFiles(files);

        // Without the VMD the channels also have no ancestor to take the manufacturer from.
        result.Issues.Select(i => (i.Location, i.Column)).ShouldBe(
        [
            ("Device-ECGChannelDevice.xml", "Device.parent"),
            ("Device-ECGChannelDevice.xml", "Device.manufacturer"),
            ("Device-HeartRateChannelDevice.xml", "Device.parent"),
            ("Device-HeartRateChannelDevice.xml", "Device.manufacturer"),
        ]);
        result.Issues[0].Reason.ShouldBe("the parent 'Device/ECGVmdDevice' is not among the devices read");
        result.Records.Count.ShouldBe(5);
    }

    private static void AssertParentsFirst(IReadOnlyList<InventoryRecord> records)
    {
        var position = records.Select((r, i) => (r.AssetId, i)).ToDictionary(p => p.AssetId, p => p.i, StringComparer.Ordinal);
        foreach (var record in records.Where(r => r.ParentAssetId is not null))
        {
            position[record.ParentAssetId!].ShouldBeLessThan(position[record.AssetId], $"{record.ParentAssetId} must precede {record.AssetId}");
        }
    }

    [Fact]
    public void ReadFiles_UsCoreDevices_MapNamesAndIds()
    {
        var result = ReadFolder("us-core");

        result.Inventory.Issues.ShouldBeEmpty();
        var byAsset = result.Inventory.Records.ToDictionary(r => r.AssetId, StringComparer.Ordinal);
        byAsset.Keys.ShouldBe(["udi-2", "udi-3", "udi-4", "udi-5"], ignoreOrder: true);
        byAsset["udi-2"].Model.ShouldBe("ACME Defibrillator Analyzer, with Transcutaneous Pacemaker Input");
        byAsset["udi-2"].Manufacturer.ShouldBe("ACME Biomedical");
        byAsset["udi-2"].ModelNumber.ShouldBe("1.0");
        byAsset["udi-2"].SerialNumber.ShouldBe("AC221");
        byAsset["udi-4"].Model.ShouldBe("ExampleMed IP-2000");
        byAsset["udi-4"].SerialNumber.ShouldBe("IP2000-123456");
        byAsset["udi-5"].Model.ShouldBe("ACME basics folding walker");
        result.Inventory.Records.ShouldAllBe(r => r.SoftwareVersion == "unknown" && r.MacAddress == null && r.ParentAssetId == null);
    }

    [Fact]
    public void ReadFiles_PersonalHealthDevices_MapIdentifiersVersionsAndBundleEntries()
    {
        var result = ReadFolder("phd");

        result.SkippedResources.ShouldBe(new Dictionary<string, int> { ["DeviceMetric"] = 1, ["Patient"] = 1, ["Observation"] = 3 }, ignoreOrder: true);
        var byAsset = result.Inventory.Records.ToDictionary(r => r.AssetId, StringComparer.Ordinal);

        // The system id, not the Bluetooth address, is the asset id; a Bluetooth address is not a network MAC.
        var glucose = byAsset["00-60-19-00-01-0E-92-34"];
        glucose.Location.ShouldBe("phd-00601900010E9234.F45EABA80832.json");
        glucose.Manufacturer.ShouldBe("Diabetes Care");
        glucose.Model.ShouldBe("Simple PHD");
        glucose.ModelNumber.ShouldBe("Gluc-23");
        glucose.SerialNumber.ShouldBe("20130200002A");
        glucose.SoftwareVersion.ShouldBe("3.55.6"); // the software revision, though the firmware one comes first
        glucose.MacAddress.ShouldBeNull();

        var oximeter = byAsset["00-1C-05-04-00-00-78-25"];
        oximeter.Location.ShouldBe("bundle-example-1.json entry[2] (Device/phd-001)");
        oximeter.Model.ShouldBe("Nonin_Medical_Inc._323552");
        oximeter.SoftwareVersion.ShouldBe("0.9C"); // firmware, the only software-like version

        // The gateways: one has no manufacturer, and the two example gateways share a system id.
        result.Inventory.Issues.ShouldBe(
        [
            new InventoryIssue("bundle-example-1.json entry[1] (Device/phg-001)", "Device.manufacturer", "manufacturer is missing (neither the device nor a parent has one)"),
            new InventoryIssue("phg-ecde3d4e58532d31.000000000000.json", "Device.manufacturer", "manufacturer is missing (neither the device nor a parent has one)"),
            new InventoryIssue("phg-example.json", "Device.identifier", "asset_id 'ec-de-3d-4e-58-53-2d-31' is already used by phg-ecde3d4e58532d31.000000000000.json"),
        ]);
        byAsset.Count.ShouldBe(4);
    }

    [Fact]
    public void ReadFiles_GatewayWithAnEthernetMac_NormalisesIt()
    {
        // Read alone with a manufacturer supplied by a parent, so that it becomes a record.
        var gateway = File.ReadAllText(SharedData.Path("fhir", "phd", "phg-ecde3d4e58532d31.000000000000.json"))
            .Replace("\"resourceType\": \"Device\",", "\"resourceType\": \"Device\", \"parent\": { \"reference\": \"Device/site\" },", StringComparison.Ordinal);
        gateway.ShouldContain("Device/site");
        var site = """{ "resourceType": "Device", "id": "site", "manufacturer": "Acme", "modelNumber": "Hub" }""";

        var result = FhirDeviceReader.Read(
        [
            ("gateway.json", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(gateway))),
            ("site.json", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(site))),
        ]);

        result.Issues.ShouldBeEmpty();
        var record = result.Records.Single(r => r.AssetId == "ec-de-3d-4e-58-53-2d-31");
        record.MacAddress.ShouldBe("3D:4E:58:53:2D:35");
        record.Provided.ShouldContain(InventoryColumn.MacAddress);
        record.Manufacturer.ShouldBe("Acme");
        record.SoftwareVersion.ShouldBe("unknown"); // a Continua version is not a software version
    }

    [Fact]
    public void ReadFiles_R4CoreExamplesInJsonAndXml_GiveTheSameOutcome()
    {
        var json = ReadFolder("r4-core-examples", "json");
        var xml = ReadFolder("r4-core-examples", "xml");

        static List<InventoryIssue> Normalised(FhirDeviceReadResult r) =>
            [.. r.Inventory.Issues.Select(i => i with { Location = Path.GetFileNameWithoutExtension(i.Location) })];

        json.DevicesRead.ShouldBe(2);
        xml.DevicesRead.ShouldBe(json.DevicesRead);
        xml.SkippedResources.ShouldBe(json.SkippedResources, ignoreOrder: true);
        xml.Inventory.Records.Count.ShouldBe(json.Inventory.Records.Count);
        Normalised(xml).ShouldBe(Normalised(json));
        // The core examples have neither a manufacturer nor anything naming a model: both are issues, for both
        // devices, and the commented-out udiCarrier of the XML feeding tube changes nothing.
        Normalised(json).ShouldBe(
        [
            new InventoryIssue("device-example-f001-feedingtube", "Device.manufacturer", "manufacturer is missing (neither the device nor a parent has one)"),
            new InventoryIssue("device-example-f001-feedingtube", "Device.deviceName", "model is missing: no deviceName, type or modelNumber"),
            new InventoryIssue("device-example", "Device.manufacturer", "manufacturer is missing (neither the device nor a parent has one)"),
            new InventoryIssue("device-example", "Device.deviceName", "model is missing: no deviceName, type or modelNumber"),
        ]);
    }

    [Fact]
    public void ReadFiles_R4CoreExamplesWithAManufacturerAdded_GiveTheSameRecordFromJsonAndXml()
    {
        Stream WithManufacturer(string file)
        {
            var text = File.ReadAllText(file);
            text = file.EndsWith(".json", StringComparison.Ordinal)
                ? text.Replace("\"resourceType\": \"Device\",", "\"resourceType\": \"Device\", \"manufacturer\": \"Acme\", \"modelNumber\": \"FT-1\",", StringComparison.Ordinal)
                : text.Replace("<status value=\"active\"/>", "<status value=\"active\"/><manufacturer value=\"Acme\"/><modelNumber value=\"FT-1\"/>", StringComparison.Ordinal);
            text.ShouldContain("FT-1");
            return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        }

        var jsonFile = SharedData.Path("fhir", "r4-core-examples", "json", "device-example-f001-feedingtube.json");
        var xmlFile = SharedData.Path("fhir", "r4-core-examples", "xml", "device-example-f001-feedingtube.xml");

        var json = FhirDeviceReader.Read([("feedingtube", WithManufacturer(jsonFile))]);
        var xml = FhirDeviceReader.Read([("feedingtube", WithManufacturer(xmlFile))]);

        json.Issues.ShouldBeEmpty();
        xml.Issues.ShouldBeEmpty();
        var record = json.Records.ShouldHaveSingleItem();
        record.AssetId.ShouldBe("12345");
        record.Model.ShouldBe("FT-1");
        xml.Records.ShouldHaveSingleItem().ShouldBe(record);
    }
}
