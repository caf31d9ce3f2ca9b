using System.Text;
using MedVigil.Domain.Devices;
using MedVigil.Formats.Inventory;

namespace MedVigil.Formats.Tests;

public sealed class FhirDeviceReaderTests
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static FhirDeviceReadResult Read(params (string Name, string Content)[] files) =>
        FhirDeviceReader.ReadWithSummary([.. files.Select(f => (f.Name, (Stream)Utf8(f.Content)))]);

    private static FhirDeviceReadResult Read(FhirDeviceReadOptions options, params (string Name, string Content)[] files) =>
        FhirDeviceReader.ReadWithSummary([.. files.Select(f => (f.Name, (Stream)Utf8(f.Content)))], options);

    /// <summary>A JSON Device with the given members (without the braces), plus a resourceType.</summary>
    private static string Device(string members) => $$"""{ "resourceType": "Device", {{members}} }""";

    private const string FullJson = """
        {
          "resourceType": "Device",
          "id": "pump-7",
          "identifier": [
            { "type": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/ContinuaDeviceIdentifiers", "code": "ETHMAC" } ] }, "value": "00-1a-2b-3c-4d-5e" },
            { "system": "urn:oid:1.2.3", "value": "  ASSET-7  " }
          ],
          "manufacturer": "Acme Medical",
          "serialNumber": "SN-7",
          "modelNumber": "IM-300",
          "deviceName": [
            { "name": "Acme pump", "type": "user-friendly-name" },
            { "name": "InfuseMax 300", "type": "model-name" }
          ],
          "type": { "text": "Infusion pump" },
          "version": [
            { "type": { "coding": [ { "system": "urn:iso:std:iso:11073:10101", "code": "531976" } ] }, "value": "fw-9" },
            { "type": { "text": "Software revision" }, "value": "4.2.1" }
          ],
          "location": { "reference": "Location/icu3", "display": "ICU 3" },
          "futureElement": { "unknown": true }
        }
        """;

    private const string FullXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Device xmlns="http://hl7.org/fhir">
          <id value="pump-7"/>
          <identifier>
            <type><coding><system value="http://terminology.hl7.org/CodeSystem/ContinuaDeviceIdentifiers"/><code value="ETHMAC"/></coding></type>
            <value value="00-1a-2b-3c-4d-5e"/>
          </identifier>
          <identifier>
            <system value="urn:oid:1.2.3"/>
            <value value="ASSET-7"/>
          </identifier>
          <!-- <manufacturer value="commented out"/> -->
          <manufacturer value="Acme Medical"/>
          <serialNumber value="SN-7"/>
          <deviceName><name value="Acme pump"/><type value="user-friendly-name"/></deviceName>
          <deviceName><name value="InfuseMax 300"/><type value="model-name"/></deviceName>
          <modelNumber value="IM-300"/>
          <type><text value="Infusion pump"/></type>
          <version>
            <type><coding><system value="urn:iso:std:iso:11073:10101"/><code value="531976"/></coding></type>
            <value value="fw-9"/>
          </version>
          <version><type><text value="Software revision"/></type><value value="4.2.1"/></version>
          <location><reference value="Location/icu3"/><display value="ICU 3"/></location>
        </Device>
        """;

    [Fact]
    public void Read_JsonDevice_MapsEveryColumn()
    {
        var result = Read(("pump.json", FullJson));

        result.Inventory.Issues.ShouldBeEmpty();
        result.DevicesRead.ShouldBe(1);
        var record = result.Inventory.Records.ShouldHaveSingleItem();
        record.Location.ShouldBe("pump.json");
        record.AssetId.ShouldBe("ASSET-7");
        record.Manufacturer.ShouldBe("Acme Medical");
        record.Model.ShouldBe("InfuseMax 300");
        record.ModelNumber.ShouldBe("IM-300");
        record.SerialNumber.ShouldBe("SN-7");
        record.SoftwareVersion.ShouldBe("4.2.1");
        record.MacAddress.ShouldBe("00:1A:2B:3C:4D:5E");
        record.CareUnit.ShouldBe("ICU 3");
        record.ClinicalFunction.ShouldBe(ClinicalFunction.Unknown);
        record.Exposure.ShouldBe(Exposure.Unknown);
        record.HoldsPatientData.ShouldBeFalse();
        record.ParentAssetId.ShouldBeNull();
        record.Provided.ShouldBe(
        [
            InventoryColumn.AssetId, InventoryColumn.Manufacturer, InventoryColumn.Model, InventoryColumn.ModelNumber,
            InventoryColumn.SoftwareVersion, InventoryColumn.SerialNumber, InventoryColumn.ParentAssetId,
            InventoryColumn.CareUnit, InventoryColumn.MacAddress,
        ], ignoreOrder: true);
    }

    [Fact]
    public void Read_SameDeviceInJsonAndXml_GivesTheSameRecord() // the JSON also proves that values are trimmed
    {
        var json = Read(("pump.json", FullJson)).Inventory;
        var xml = Read(("pump.xml", FullXml)).Inventory;

        json.Issues.ShouldBeEmpty();
        xml.Issues.ShouldBeEmpty();
        xml.Records.ShouldHaveSingleItem().ShouldBe(json.Records.ShouldHaveSingleItem() with { Location = "pump.xml" });
    }

    [Fact]
    public void Read_DeviceWithoutCareUnitOrEthernetMac_DoesNotProvideThem()
    {
        var record = Read(("d.json", Device("""
            "id": "d1", "manufacturer": "Acme", "modelNumber": "M1",
            "identifier": [ { "type": { "coding": [ { "code": "BTMAC" } ] }, "value": "00:11:22:33:44:55" } ],
            "location": { "reference": "Location/x" }
            """))).Inventory.Records.ShouldHaveSingleItem();

        record.AssetId.ShouldBe("d1");
        record.MacAddress.ShouldBeNull();
        record.CareUnit.ShouldBeNull();
        record.Provided.ShouldNotContain(InventoryColumn.MacAddress);
        record.Provided.ShouldNotContain(InventoryColumn.CareUnit);
        record.Provided.ShouldContain(InventoryColumn.ParentAssetId);
    }

    [Fact]
    public void Read_AssetId_SkipsMacIdentifiersAndFallsBackToTheId()
    {
        var result = Read(("d.json", Device("""
            "id": "res-1", "manufacturer": "Acme", "modelNumber": "M1",
            "identifier": [
              { "type": { "coding": [ { "code": "BTMAC" } ] }, "value": "00:11:22:33:44:55" },
              { "type": { "coding": [ { "code": "MAC" } ] }, "value": "00:11:22:33:44:56" },
              { "type": { "coding": [ { "code": "ETHMAC" } ] }, "value": "00:11:22:33:44:57" }
            ]
            """)));

        result.Inventory.Records.ShouldHaveSingleItem().AssetId.ShouldBe("res-1");
    }

    [Fact]
    public void Read_DeviceWithoutIdentifierOrId_IsAnIssue()
    {
        var result = Read(("d.json", Device(""" "manufacturer": "Acme", "modelNumber": "M1" """)));

        result.Inventory.Issues.ShouldBe([new InventoryIssue("d.json", "Device.identifier", "the device has no identifier (other than a MAC address) and no id to use as asset_id")]);
        result.Inventory.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Read_InvalidEthernetMac_IsAnIssue()
    {
        var result = Read(("d.json", Device("""
            "id": "d1", "manufacturer": "Acme", "modelNumber": "M1",
            "identifier": [ { "type": { "coding": [ { "code": "ETHMAC" } ] }, "value": "not-a-mac" } ]
            """)));

        result.Inventory.Issues.ShouldBe([new InventoryIssue("d.json", "Device.identifier", "'not-a-mac' (ETHMAC) is not a MAC address")]);
    }

    [Theory]
    [InlineData("""[ {"name":"U","type":"udi-label-name"}, {"name":"F","type":"user-friendly-name"}, {"name":"M","type":"manufacturer-name"}, {"name":"N","type":"model-name"} ]""", "N")]
    [InlineData("""[ {"name":"U","type":"udi-label-name"}, {"name":"F","type":"user-friendly-name"}, {"name":"M","type":"manufacturer-name"} ]""", "M")]
    [InlineData("""[ {"name":"F","type":"user-friendly-name"}, {"name":"U","type":"udi-label-name"} ]""", "U")]
    [InlineData("""[ {"name":"O","type":"other"}, {"name":"F","type":"user-friendly-name"} ]""", "F")]
    [InlineData("""[ {"name":"P","type":"patient-reported-name"}, {"name":"O","type":"other"} ]""", "P")]
    [InlineData("""[ {"name":"X","type":"a-future-name-type"} ]""", "X")]
    public void Read_Model_PrefersDeviceNamesByType(string deviceNames, string model)
    {
        var result = Read(("d.json", Device($$""" "id": "d1", "manufacturer": "Acme", "type": { "text": "T" }, "deviceName": {{deviceNames}} """)));

        result.Inventory.Records.ShouldHaveSingleItem().Model.ShouldBe(model);
    }

    [Theory]
    [InlineData(""" "type": { "text": "Type text", "coding": [ { "display": "Coding display" } ] }, "modelNumber": "MN" """, "Type text")]
    [InlineData(""" "type": { "coding": [ { "code": "1" }, { "display": "Coding display" } ] }, "modelNumber": "MN" """, "Coding display")]
    [InlineData(""" "modelNumber": "MN" """, "MN")]
    public void Read_ModelWithoutDeviceName_FallsBackToTypeThenModelNumber(string members, string model)
    {
        var result = Read(("d.json", Device($$""" "id": "d1", "manufacturer": "Acme", {{members}} """)));

        result.Inventory.Records.ShouldHaveSingleItem().Model.ShouldBe(model);
    }

    [Fact]
    public void Read_DeviceWithNothingToNameTheModel_IsAnIssue()
    {
        var issue = Read(("d.json", Device(""" "id": "d1", "manufacturer": "Acme" """))).Inventory.Issues.ShouldHaveSingleItem();

        issue.ShouldBe(new InventoryIssue("d.json", "Device.deviceName", "model is missing: no deviceName, type or modelNumber"));
    }

    [Theory]
    [InlineData("""[ {"type":{"coding":[{"code":"531976"}]},"value":"fw"}, {"value":"untyped"}, {"type":{"coding":[{"system":"urn:iso:std:iso:11073:10101","code":"531975"}]},"value":"sw"} ]""", "sw")]
    [InlineData("""[ {"value":"untyped"}, {"type":{"text":"Main SOFTWARE build"},"value":"sw"} ]""", "sw")]
    [InlineData("""[ {"value":"untyped"}, {"type":{"coding":[{"code":"531976"}]},"value":"fw"} ]""", "fw")]
    [InlineData("""[ {"type":{"text":"Hardware revision"},"value":"hw"}, {"type":{"text":"Firmware"},"value":"fw"} ]""", "fw")]
    [InlineData("""[ {"type":{"text":"Hardware revision"},"value":"hw"}, {"value":"untyped"} ]""", "untyped")]
    [InlineData("""[ {"type":{"coding":[{"code":"532352","display":"MDC_REG_CERT_DATA_CONTINUA_VERSION"}]},"value":"6.0"} ]""", "unknown")]
    [InlineData("""[ {"type":{"coding":[{"system":"http://example.org/other","code":"531975"}]},"value":"not-mdc"} ]""", "unknown")]
    public void Read_SoftwareVersion_PrefersSoftwareThenFirmwareThenUntyped(string versions, string expected)
    {
        var result = Read(("d.json", Device($$""" "id": "d1", "manufacturer": "Acme", "modelNumber": "M", "version": {{versions}} """)));

        result.Inventory.Records.ShouldHaveSingleItem().SoftwareVersion.ShouldBe(expected);
    }

    [Fact]
    public void Read_ChildWithoutManufacturerOrVersion_InheritsThemFromTheNearestAncestor()
    {
        var result = Read(
            ("child.json", Device(""" "id": "child", "modelNumber": "C", "parent": { "reference": "Device/vmd" } """)),
            ("vmd.json", Device(""" "id": "vmd", "modelNumber": "V", "manufacturer": "VMD maker", "parent": { "reference": "Device/mds" } """)),
            ("mds.json", Device(""" "id": "mds", "modelNumber": "M", "manufacturer": "MDS maker", "version": [ { "value": "9.1" } ] """)));

        result.Inventory.Issues.ShouldBeEmpty();
        var records = result.Inventory.Records;
        records.Select(r => r.AssetId).ShouldBe(["mds", "vmd", "child"]);
        records[2].Manufacturer.ShouldBe("VMD maker");
        records[2].SoftwareVersion.ShouldBe("9.1");
        records[2].ParentAssetId.ShouldBe("vmd");
        records[1].ParentAssetId.ShouldBe("mds");
    }

    [Fact]
    public void Read_DeviceWithoutManufacturerAnywhere_IsAnIssue()
    {
        var result = Read(("d.json", Device(""" "id": "d1", "modelNumber": "M" """)));

        result.Inventory.Issues.ShouldBe([new InventoryIssue("d.json", "Device.manufacturer", "manufacturer is missing (neither the device nor a parent has one)")]);
    }

    private const string TransactionBundle = """
        {
          "resourceType": "Bundle", "type": "transaction",
          "entry": [
            { "fullUrl": "urn:uuid:aaaaaaaa-0000-0000-0000-000000000001",
              "resource": { "resourceType": "Patient", "id": "p1" } },
            { "fullUrl": "urn:uuid:aaaaaaaa-0000-0000-0000-000000000002",
              "resource": { "resourceType": "Device", "manufacturer": "Acme", "modelNumber": "Child",
                            "identifier": [ { "value": "CHILD-1" } ],
                            "parent": { "reference": "urn:uuid:aaaaaaaa-0000-0000-0000-000000000003" } } },
            { "fullUrl": "urn:uuid:aaaaaaaa-0000-0000-0000-000000000003",
              "resource": { "resourceType": "Device", "manufacturer": "Acme", "modelNumber": "Hub",
                            "identifier": [ { "value": "HUB-1" } ] } },
            { "fullUrl": "https://fhir.example.org/Device/x9",
              "resource": { "resourceType": "Device", "id": "x9", "manufacturer": "Acme", "modelNumber": "Other",
                            "parent": { "reference": "https://fhir.example.org/fhir/Device/hub-in-other-file/_history/3" } } },
            { "resource": { "resourceType": "Observation", "id": "o1", "status": "final", "code": { "text": "x" } } }
          ]
        }
        """;

    [Fact]
    public void Read_BundleEntries_ResolveParentsByFullUrlAndByDeviceIdAcrossFiles()
    {
        var result = Read(
            ("tx.json", TransactionBundle),
            ("hub.xml", """<Device xmlns="http://hl7.org/fhir"><id value="hub-in-other-file"/><manufacturer value="Acme"/><modelNumber value="H2"/></Device>"""));

        result.Inventory.Issues.ShouldBeEmpty();
        result.DevicesRead.ShouldBe(4);
        result.SkippedResources.ShouldBe(new Dictionary<string, int> { ["Patient"] = 1, ["Observation"] = 1 }, ignoreOrder: true);
        result.ResourcesSkipped.ShouldBe(2);
        var records = result.Inventory.Records;
        records.Select(r => r.Location).ShouldBe(
        [
            "tx.json entry[2] (Device)", "tx.json entry[1] (Device)", "hub.xml", "tx.json entry[3] (Device/x9)",
        ]);
        records[1].ParentAssetId.ShouldBe("HUB-1");
        records[3].ParentAssetId.ShouldBe("hub-in-other-file");
    }

    [Fact]
    public void Read_ParentNotAmongTheFiles_IsAnIssue()
    {
        var result = Read(("d.json", Device(""" "id": "d1", "manufacturer": "Acme", "modelNumber": "M", "parent": { "reference": "Device/missing" } """)));

        result.Inventory.Issues.ShouldBe([new InventoryIssue("d.json", "Device.parent", "the parent 'Device/missing' is not among the devices read")]);
        result.Inventory.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Read_ParentByIdentifier_ResolvesToTheDeviceWithThatAssetId()
    {
        var result = Read(
            ("a.json", Device(""" "id": "a", "manufacturer": "Acme", "modelNumber": "M", "parent": { "identifier": { "value": "HUB-9" } } """)),
            ("b.json", Device(""" "id": "b", "identifier": [ { "value": "HUB-9" } ], "manufacturer": "Acme", "modelNumber": "H" """)));

        result.Inventory.Issues.ShouldBeEmpty();
        result.Inventory.Records.Select(r => (r.AssetId, r.ParentAssetId)).ShouldBe([("HUB-9", null), ("a", "HUB-9")]);
    }

    [Fact]
    public void Read_ParentCycle_IsAnIssueOnEveryDeviceOfTheCycle()
    {
        var result = Read(
            ("a.json", Device(""" "id": "a", "manufacturer": "Acme", "modelNumber": "M", "parent": { "reference": "Device/b" } """)),
            ("b.json", Device(""" "id": "b", "manufacturer": "Acme", "modelNumber": "M", "parent": { "reference": "Device/a" } """)),
            ("self.json", Device(""" "id": "self", "manufacturer": "Acme", "modelNumber": "M", "parent": { "reference": "Device/self" } """)),
            ("c.json", Device(""" "id": "c", "manufacturer": "Acme", "modelNumber": "M" """)));

        result.Inventory.Issues.ShouldBe(
        [
            new InventoryIssue("a.json", "Device.parent", "the parents form a cycle: a → b → a"),
            new InventoryIssue("b.json", "Device.parent", "the parents form a cycle: a → b → a"),
            new InventoryIssue("self.json", "Device.parent", "the parents form a cycle: self → self"),
        ]);
        result.Inventory.Records.ShouldHaveSingleItem().AssetId.ShouldBe("c");
    }

    [Fact]
    public void Read_DuplicateAssetId_IsAnIssueOnTheLaterDeviceNamingTheFirst()
    {
        var result = Read(
            ("one.json", Device(""" "id": "x1", "identifier": [ { "value": "SAME" } ], "manufacturer": "Acme", "modelNumber": "M" """)),
            ("two.json", Device(""" "id": "x2", "identifier": [ { "value": "SAME" } ], "manufacturer": "Acme", "modelNumber": "M" """)));

        result.Inventory.Issues.ShouldBe([new InventoryIssue("two.json", "Device.identifier", "asset_id 'SAME' is already used by one.json")]);
        result.Inventory.Records.ShouldHaveSingleItem().Location.ShouldBe("one.json");
    }

    [Fact]
    public void Read_TooLongValues_AreIssues()
    {
        var result = Read(("d.json", Device($$"""
            "identifier": [ { "value": "{{new string('i', 65)}}" } ], "manufacturer": "{{new string('m', 201)}}",
            "deviceName": [ { "name": "{{new string('d', 201)}}", "type": "model-name" } ], "modelNumber": "{{new string('n', 101)}}",
            "serialNumber": "{{new string('s', 101)}}", "location": { "display": "{{new string('c', 201)}}" }
            """)));

        result.Inventory.Issues.Select(i => i.Column).ShouldBe(
            ["Device.identifier", "Device.manufacturer", "Device.deviceName", "Device.modelNumber", "Device.serialNumber", "Device.location"]);
        result.Inventory.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Read_InvalidJsonSyntax_IsAnIssueWithItsLine()
    {
        var result = Read(("broken.json", "{\n  \"resourceType\": \"Device\",\n  \"id\": \"x\",\n"));

        var issue = result.Inventory.Issues.ShouldHaveSingleItem();
        issue.Location.ShouldBe("broken.json");
        issue.Column.ShouldBe("syntax");
        issue.Reason.ShouldStartWith("not valid JSON: ");
        issue.Reason.ShouldContain("(line 4,");
        result.DevicesRead.ShouldBe(0);
    }

    [Fact]
    public void Read_InvalidXmlSyntax_IsAnIssue()
    {
        var issue = Read(("broken.xml", "<Device xmlns=\"http://hl7.org/fhir\">\n<id value=\"a\"/>\n")).Inventory.Issues.ShouldHaveSingleItem();

        issue.Location.ShouldBe("broken.xml");
        issue.Reason.ShouldStartWith("not valid XML: ");
        issue.Reason.ShouldContain("Line 3");
    }

    [Fact]
    public void Read_InvalidValue_IsAnIssueWithItsPathAndLine_AndTheDeviceIsNotARecord()
    {
        var result = Read(("bad.json", "{\n  \"resourceType\": \"Device\", \"id\": \"x\", \"modelNumber\": \"M\",\n  \"manufacturer\": 42\n}"));

        var issue = result.Inventory.Issues.ShouldHaveSingleItem();
        issue.Location.ShouldBe("bad.json");
        issue.Column.ShouldBe("Device.manufacturer");
        issue.Reason.ShouldContain("line 3");
        result.DevicesRead.ShouldBe(1);
        result.Inventory.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Read_InvalidValueInXml_IsAnIssueAndOtherFilesStillResolveAgainstItsDevice()
    {
        var result = Read(
            ("parent.xml", "<Device xmlns=\"http://hl7.org/fhir\"><id value=\"p\"/><manufacturer value=\"Acme\"/>\n<manufactureDate value=\"2020-13-45\"/><modelNumber value=\"M\"/></Device>"),
            ("child.json", Device(""" "id": "c", "modelNumber": "C", "parent": { "reference": "Device/p" } """)));

        var issue = result.Inventory.Issues.ShouldHaveSingleItem();
        issue.Location.ShouldBe("parent.xml");
        issue.Column.ShouldBe("Device.manufactureDate");
        issue.Reason.ShouldContain("(line 2,");
        var child = result.Inventory.Records.ShouldHaveSingleItem();
        child.ParentAssetId.ShouldBe("p");
        child.Manufacturer.ShouldBe("Acme");
    }

    [Fact]
    public void Read_UnknownElements_AreAccepted()
    {
        var result = Read(
            ("d.json", Device(""" "id": "d1", "manufacturer": "Acme", "modelNumber": "M", "fromR6": [ { "x": 1 } ] """)),
            ("d.xml", """<Device xmlns="http://hl7.org/fhir"><id value="d2"/><fromR6 value="x"/><manufacturer value="Acme"/><modelNumber value="M"/></Device>"""));

        result.Inventory.Issues.ShouldBeEmpty();
        result.Inventory.Records.Count.ShouldBe(2);
    }

    [Fact]
    public void Read_XmlWithADocumentTypeDefinition_IsRejected()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE Device [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <Device xmlns="http://hl7.org/fhir"><id value="d1"/><manufacturer value="&xxe;"/><modelNumber value="M"/></Device>
            """;

        var result = Read(("evil.xml", xml));

        result.Inventory.Issues.ShouldHaveSingleItem().Reason.ShouldStartWith("not valid XML: ");
        result.Inventory.Records.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("asset_id,manufacturer\nA,B")]
    public void Read_ContentThatIsNeitherJsonNorXml_IsAnIssue(string content)
    {
        var issue = Read(("x.txt", content)).Inventory.Issues.ShouldHaveSingleItem();

        issue.ShouldBe(new InventoryIssue("x.txt", "file", "the file is neither FHIR JSON (starting with '{') nor FHIR XML (starting with '<')"));
    }

    [Fact]
    public void Read_NonDeviceResource_IsSkippedAndCounted()
    {
        var result = Read(("metric.json", """{ "resourceType": "DeviceMetric", "id": "m", "type": { "text": "x" }, "category": "measurement" }"""));

        result.Inventory.Issues.ShouldBeEmpty();
        result.Inventory.Records.ShouldBeEmpty();
        result.DevicesRead.ShouldBe(0);
        result.SkippedResources.ShouldBe(new Dictionary<string, int> { ["DeviceMetric"] = 1 });
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_IsAnIssueAndOtherFilesAreStillRead()
    {
        var options = new FhirDeviceReadOptions { MaxFileBytes = 200 };

        var result = Read(options,
            ("big.json", Device($$""" "id": "big", "manufacturer": "{{new string('m', 300)}}" """)),
            ("small.json", Device(""" "id": "s", "manufacturer": "A", "modelNumber": "M" """)));

        result.Inventory.Issues.ShouldBe([new InventoryIssue("big.json", "file", "the file is larger than 200 bytes, the limit; it was not read")]);
        result.Inventory.Records.ShouldHaveSingleItem().AssetId.ShouldBe("s");
    }

    [Fact]
    public void Read_MoreDevicesThanTheLimit_StopsWithAnIssue()
    {
        var options = new FhirDeviceReadOptions { MaxDevices = 2 };

        var result = Read(options,
            ("1.json", Device(""" "id": "d1", "manufacturer": "A", "modelNumber": "M" """)),
            ("2.json", Device(""" "id": "d2", "manufacturer": "A", "modelNumber": "M" """)),
            ("3.json", Device(""" "id": "d3", "manufacturer": "A", "modelNumber": "M" """)),
            ("4.json", Device(""" "id": "d4", "manufacturer": "A", "modelNumber": "M" """)));

        result.Inventory.Issues.ShouldBe([new InventoryIssue("3.json", "file", "more than 2 devices, the limit; reading stopped")]);
        result.DevicesRead.ShouldBe(2);
    }

    [Fact]
    public void ReadFiles_ReadsPathsAndLocatesByFileName()
    {
        var dir = Directory.CreateTempSubdirectory("medvigil-fhir-");
        try
        {
            var path = Path.Combine(dir.FullName, "pump.json");
            File.WriteAllText(path, FullJson);

            var result = FhirDeviceReader.ReadFiles([path]);

            result.Records.ShouldHaveSingleItem().Location.ShouldBe("pump.json");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
