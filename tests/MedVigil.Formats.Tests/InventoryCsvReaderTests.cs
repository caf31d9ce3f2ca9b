using System.Text;
using MedVigil.Domain.Devices;
using MedVigil.Formats.Inventory;

namespace MedVigil.Formats.Tests;

public sealed class InventoryCsvReaderTests
{
    private const string Header =
        "asset_id,manufacturer,model,model_number,software_version,serial_number,care_unit,clinical_function,exposure," +
        "ip_address,hostname,mac_address,vlan,holds_patient_data,os,os_end_of_support,parent_asset_id";

    private static readonly string[] Columns = Header.Split(',');

    private static readonly Dictionary<string, string> ValidRow = new(StringComparer.Ordinal)
    {
        ["asset_id"] = "PUMP-001",
        ["manufacturer"] = "Acme Medical",
        ["model"] = "InfuseMax",
        ["model_number"] = "IM-300",
        ["software_version"] = "4.2.1",
        ["serial_number"] = "SN123",
        ["care_unit"] = "ICU 3",
        ["clinical_function"] = "therapeutic",
        ["exposure"] = "segmented",
        ["ip_address"] = "10.1.2.3",
        ["hostname"] = "pump-001.icu.example.org",
        ["mac_address"] = "00:1A:2B:3C:4D:5E",
        ["vlan"] = "120",
        ["holds_patient_data"] = "yes",
        ["os"] = "VxWorks 6.9",
        ["os_end_of_support"] = "2027-12-31",
        ["parent_asset_id"] = "",
    };

    private static InventoryReadResult Read(string csv, InventoryReadOptions? options = null) =>
        InventoryCsvReader.Read(new StringReader(csv), options);

    private static string Cell(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Row(Dictionary<string, string> values) => string.Join(',', Columns.Select(c => Cell(values[c])));

    /// <summary>A valid row for asset PUMP-002 (so it does not repeat <see cref="ValidRow"/>'s id), with one cell changed.</summary>
    private static string RowWith(string column, string value) =>
        Row(new Dictionary<string, string>(ValidRow, StringComparer.Ordinal) { ["asset_id"] = "PUMP-002", [column] = value });

    private static string RowWith(params (string Column, string Value)[] cells)
    {
        var values = new Dictionary<string, string>(ValidRow, StringComparer.Ordinal);
        foreach (var (column, value) in cells)
        {
            values[column] = value;
        }

        return Row(values);
    }

    private static string Label(string column) => $"column {Array.IndexOf(Columns, column) + 1} ({column})";

    [Fact]
    public void Read_AllColumnsInShuffledOrder_MapsAndNormalisesEveryValue()
    {
        var csv = """
            OS_End_Of_Support, Hostname ,vlan,Asset_ID,mac_address,exposure,software_version,model,os,ip_address,care_unit,clinical_function,holds_patient_data,model_number,manufacturer,serial_number,parent_asset_id,owner
            2028-06-30,mon-7.icu.local,42,  MON-7  ,00-1a-2b-3c-4d-5e,Hospital-Network,2.0.1,IntelliVue MX800,Linux 4.19,2001:DB8::0:1,Cardiac ICU,Life-Sustaining,Y,866062,Philips,DE12345,RACK-1,Biomed East
            """;

        var result = Read(csv);

        result.Issues.ShouldBeEmpty();
        var record = result.Records.ShouldHaveSingleItem();
        record.Location.ShouldBe("line 2");
        record.AssetId.ShouldBe("MON-7");
        record.Manufacturer.ShouldBe("Philips");
        record.Model.ShouldBe("IntelliVue MX800");
        record.ModelNumber.ShouldBe("866062");
        record.SoftwareVersion.ShouldBe("2.0.1");
        record.SerialNumber.ShouldBe("DE12345");
        record.CareUnit.ShouldBe("Cardiac ICU");
        record.ClinicalFunction.ShouldBe(ClinicalFunction.LifeSustaining);
        record.Exposure.ShouldBe(Exposure.HospitalNetwork);
        record.IpAddress.ShouldBe("2001:db8::1");
        record.Hostname.ShouldBe("mon-7.icu.local");
        record.MacAddress.ShouldBe("00:1A:2B:3C:4D:5E");
        record.Vlan.ShouldBe(42);
        record.HoldsPatientData.ShouldBeTrue();
        record.Os.ShouldBe("Linux 4.19");
        record.OsEndOfSupport.ShouldBe(new DateOnly(2028, 6, 30));
        record.ParentAssetId.ShouldBe("RACK-1");
        record.Owner.ShouldBe("Biomed East");
        record.Provided.ShouldBe(Enum.GetValues<InventoryColumn>(), ignoreOrder: true);
    }

    [Fact]
    public void Read_EmptyOptionalCells_GetTheirDefaults()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version,clinical_function,exposure,holds_patient_data,vlan,ip_address\n" +
                  "A-1,Acme,Pump,,,,,,,\n";

        var record = Read(csv).Records.ShouldHaveSingleItem();

        record.ModelNumber.ShouldBeNull();
        record.SoftwareVersion.ShouldBe("unknown");
        record.ClinicalFunction.ShouldBe(ClinicalFunction.Unknown);
        record.Exposure.ShouldBe(Exposure.Unknown);
        record.HoldsPatientData.ShouldBeFalse();
        record.Vlan.ShouldBeNull();
        record.IpAddress.ShouldBeNull();
    }

    [Fact]
    public void Read_HeaderWithOnlyTheRequiredColumns_ProvidesOnlyThose()
    {
        var record = Read("asset_id,manufacturer,model,model_number,software_version\nA-1,Acme,Pump,P1,1.0\n").Records.ShouldHaveSingleItem();

        record.Provided.ShouldBe(
            [InventoryColumn.AssetId, InventoryColumn.Manufacturer, InventoryColumn.Model, InventoryColumn.ModelNumber, InventoryColumn.SoftwareVersion],
            ignoreOrder: true);
        InventoryCsvReader.RequiredColumnNames.ShouldBe(["asset_id", "manufacturer", "model", "model_number", "software_version"]);
    }

    [Fact]
    public void Read_QuotedCellsSpanningLines_KeepTheLineNumbersOfLaterRowsRight()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version,care_unit\n" +
                  "A-1,\"Acme, Inc.\",\"Pump \"\"X\"\"\",P1,1.0,\"Ward 3\nbuilding B\nfloor 2\"\n" +
                  "\n" +
                  "A-2,Acme,,P1,1.0,ICU\n" +
                  "A-3,Acme,Pump,P1,1.0,ICU\n";

        var result = Read(csv);

        result.Records.Count.ShouldBe(2);
        result.Records[0].Location.ShouldBe("line 2");
        result.Records[0].Manufacturer.ShouldBe("Acme, Inc.");
        result.Records[0].Model.ShouldBe("Pump \"X\"");
        result.Records[0].CareUnit.ShouldBe("Ward 3\nbuilding B\nfloor 2");
        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Location.ShouldBe("line 6");
        issue.Column.ShouldBe("column 3 (model)");
        issue.Reason.ShouldBe("model is required");
        result.Records[1].Location.ShouldBe("line 7");
    }

    [Fact]
    public void Read_CrLfLineEndingsAndUtf8ByteOrderMark_AreHandled()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "asset_id,manufacturer,model,model_number,software_version\r\nA-1,Acme,Pump,P1,1.0\r\n\r\nA-2,Acme,Pump,P1,\r\n")).ToArray();

        var result = InventoryCsvReader.Read(new MemoryStream(bytes));

        result.Issues.ShouldBeEmpty();
        result.Records.Select(r => (r.AssetId, r.Location)).ShouldBe([("A-1", "line 2"), ("A-2", "line 4")]);
    }

    [Fact]
    public void Read_ByteOrderMarkInText_IsNotPartOfTheFirstColumnName()
    {
        var result = Read("\uFEFFasset_id,manufacturer,model,model_number,software_version\nA-1,Acme,Pump,P1,1.0\n");

        result.Issues.ShouldBeEmpty();
        result.Records.ShouldHaveSingleItem().AssetId.ShouldBe("A-1");
    }

    public static TheoryData<string, string, string> InvalidCells => new()
    {
        { "asset_id", "", "asset_id is required" },
        { "asset_id", "   ", "asset_id is required" },
        { "manufacturer", "", "manufacturer is required" },
        { "model", "", "model is required" },
        { "asset_id", new string('A', 65), "asset_id is longer than 64 characters" },
        { "manufacturer", new string('m', 201), "manufacturer is longer than 200 characters" },
        { "model", new string('m', 201), "model is longer than 200 characters" },
        { "model_number", new string('n', 101), "model_number is longer than 100 characters" },
        { "software_version", new string('v', 101), "software_version is longer than 100 characters" },
        { "serial_number", new string('s', 101), "serial_number is longer than 100 characters" },
        { "care_unit", new string('c', 201), "care_unit is longer than 200 characters" },
        { "os", new string('o', 201), "os is longer than 200 characters" },
        { "parent_asset_id", new string('P', 65), "parent_asset_id is longer than 64 characters" },
        { "clinical_function", "critical", "'critical' is not a clinical function; accepted values: unknown, life-sustaining, therapeutic, diagnostic, monitoring, ancillary (or empty)" },
        { "exposure", "wifi", "'wifi' is not an exposure; accepted values: unknown, internet, hospital-network, segmented, local-only (or empty)" },
        { "ip_address", "10.1.2", "'10.1.2' is not an IPv4 or IPv6 address" },
        { "ip_address", "pump.local", "'pump.local' is not an IPv4 or IPv6 address" },
        { "hostname", "pump_01!", "'pump_01!' is not an RFC 1123 host name" },
        { "hostname", "-pump", "'-pump' is not an RFC 1123 host name" },
        { "mac_address", "00:1A:2B:3C:4D", "'00:1A:2B:3C:4D' is not a MAC address (like 00:1A:2B:3C:4D:5E)" },
        { "vlan", "0", "'0' is not a VLAN id (a whole number from 1 to 4094)" },
        { "vlan", "4095", "'4095' is not a VLAN id (a whole number from 1 to 4094)" },
        { "vlan", "12a", "'12a' is not a VLAN id (a whole number from 1 to 4094)" },
        { "holds_patient_data", "maybe", "'maybe' is not a yes/no value; accepted values: true, false, yes, no, 1, 0, y, n (or empty)" },
        { "os_end_of_support", "2027-02-30", "'2027-02-30' is not a date in the form yyyy-MM-dd" },
        { "os_end_of_support", "31/12/2027", "'31/12/2027' is not a date in the form yyyy-MM-dd" },
        { "os_end_of_support", "2027-12-31T00:00:00", "'2027-12-31T00:00:00' is not a date in the form yyyy-MM-dd" },
        { "parent_asset_id", "PUMP-002", "a device cannot be its own parent" },
    };

    [Theory]
    [MemberData(nameof(InvalidCells))]
    public void Read_InvalidCell_IsAnIssueAtItsLineAndColumn(string column, string value, string reason)
    {
        var result = Read($"{Header}\n{Row(ValidRow)}\n{RowWith(column, value)}\n");

        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Location.ShouldBe("line 3");
        issue.Column.ShouldBe(Label(column));
        issue.Reason.ShouldBe(reason);
        result.Records.ShouldHaveSingleItem().Location.ShouldBe("line 2");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("No", false)]
    [InlineData("n", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void Read_HoldsPatientData_AcceptsTheDocumentedValues(string value, bool expected)
    {
        var result = Read($"{Header}\n{RowWith("holds_patient_data", value)}\n");

        result.Issues.ShouldBeEmpty();
        result.Records.ShouldHaveSingleItem().HoldsPatientData.ShouldBe(expected);
    }

    [Theory]
    [InlineData("life-sustaining", ClinicalFunction.LifeSustaining)]
    [InlineData("THERAPEUTIC", ClinicalFunction.Therapeutic)]
    [InlineData("Diagnostic", ClinicalFunction.Diagnostic)]
    [InlineData("monitoring", ClinicalFunction.Monitoring)]
    [InlineData("ancillary", ClinicalFunction.Ancillary)]
    [InlineData("", ClinicalFunction.Unknown)]
    public void Read_ClinicalFunction_AcceptsWireNamesInAnyCase(string value, ClinicalFunction expected) =>
        Read($"{Header}\n{RowWith("clinical_function", value)}\n").Records.ShouldHaveSingleItem().ClinicalFunction.ShouldBe(expected);

    [Theory]
    [InlineData("internet", Exposure.Internet)]
    [InlineData("Hospital-Network", Exposure.HospitalNetwork)]
    [InlineData("SEGMENTED", Exposure.Segmented)]
    [InlineData("local-only", Exposure.LocalOnly)]
    [InlineData("", Exposure.Unknown)]
    public void Read_Exposure_AcceptsWireNamesInAnyCase(string value, Exposure expected) =>
        Read($"{Header}\n{RowWith("exposure", value)}\n").Records.ShouldHaveSingleItem().Exposure.ShouldBe(expected);

    [Fact]
    public void Read_UnknownColumn_IsAnIssueNamingItAndListingTheAcceptedColumns()
    {
        var result = Read("asset_id,manufacturer,model,model_number,software_version,notes\nA-1,Acme,Pump,P1,1.0,spare\n");

        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Location.ShouldBe("line 1");
        issue.Column.ShouldBe("column 6 (notes)");
        issue.Reason.ShouldStartWith("unknown column 'notes'; accepted columns: ");
        foreach (var column in Columns)
        {
            issue.Reason.ShouldContain(column);
        }

        issue.Reason.ShouldEndWith(string.Join(", ", [.. Columns, "owner"]));
        result.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Read_MissingRequiredColumns_AreIssuesOnTheHeaderNamingEachOne()
    {
        var result = Read("asset_id,manufacturer,software_version\nA-1,Acme,1.0\n");

        result.Issues.ShouldBe(
        [
            new InventoryIssue("line 1", "header", "required column 'model' is missing"),
            new InventoryIssue("line 1", "header", "required column 'model_number' is missing"),
        ]);
        result.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Read_DuplicateAndUnnamedColumns_AreIssues()
    {
        var result = Read("asset_id,manufacturer,model,model_number,software_version,Model,\nA-1,Acme,Pump,P1,1.0,Pump,\n");

        result.Issues.Count.ShouldBe(2);
        result.Issues[0].ShouldBe(new InventoryIssue("line 1", "column 6 (model)", "duplicate column 'model', already column 3"));
        result.Issues[1].Location.ShouldBe("line 1");
        result.Issues[1].Column.ShouldBe("column 7 ()");
        result.Issues[1].Reason.ShouldStartWith("the column has no name; accepted columns: asset_id,");
        result.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Read_InvalidHeader_StillReportsTheRowIssues()
    {
        var result = Read("asset_id,manufacturer,model,model_number,software_version,vlan,notes\nA-1,Acme,Pump,P1,1.0,9999,x\n");

        result.Issues.Select(i => (i.Location, i.Column)).ShouldBe([("line 1", "column 7 (notes)"), ("line 2", "column 6 (vlan)")]);
    }

    [Fact]
    public void Read_ManyBadRows_ListsEveryErrorNotJustTheFirst()
    {
        var csv = string.Join('\n',
            Header,
            Row(ValidRow),
            RowWith(("asset_id", "B-1"), ("ip_address", "300.1.1.1"), ("vlan", "-3")),
            RowWith(("asset_id", "B-2"), ("model", ""), ("exposure", "cloud"), ("os_end_of_support", "soon")),
            RowWith(("asset_id", "B-3"), ("manufacturer", "")));

        var result = Read(csv);

        result.Issues.Select(i => (i.Location, i.Column)).ShouldBe(
        [
            ("line 3", Label("ip_address")),
            ("line 3", Label("vlan")),
            ("line 4", Label("model")),
            ("line 4", Label("exposure")),
            ("line 4", Label("os_end_of_support")),
            ("line 5", Label("manufacturer")),
        ]);
        result.Records.ShouldHaveSingleItem().AssetId.ShouldBe("PUMP-001");
        result.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Read_DuplicateAssetId_IsAnIssueOnTheLaterLineNamingTheFirst()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version\nA-1,Acme,Pump,P1,1.0\nA-2,Acme,Pump,P1,1.0\nA-1,Other,Monitor,M1,2.0\n";

        var result = Read(csv);

        result.Issues.ShouldBe([new InventoryIssue("line 4", "column 1 (asset_id)", "asset_id 'A-1' is already used on line 2")]);
        result.Records.Select(r => r.Location).ShouldBe(["line 2", "line 3"]);
        result.Records[0].Manufacturer.ShouldBe("Acme");
    }

    [Theory]
    [InlineData("A-1,Acme,Pump,P1", 4)]
    [InlineData("A-1,Acme,Pump,P1,1.0,extra", 6)]
    public void Read_RowWithAnotherNumberOfCells_IsAnIssue(string row, int cells)
    {
        var result = Read($"asset_id,manufacturer,model,model_number,software_version\n{row}\nA-2,Acme,Pump,P1,1.0\n");

        result.Issues.ShouldBe([new InventoryIssue("line 2", "row", $"the row has {cells} cells but the header has 5")]);
        result.Records.ShouldHaveSingleItem().AssetId.ShouldBe("A-2");
    }

    [Fact]
    public void Read_BlankAndEmptyCellRows_AreSkippedButCounted()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version\n\n   \n,,,,\nA-1,Acme,Pump,P1,1.0\n";

        var result = Read(csv);

        result.Issues.ShouldBeEmpty();
        result.Records.ShouldHaveSingleItem().Location.ShouldBe("line 5");
    }

    [Fact]
    public void Read_TextAfterAClosingQuote_IsAnIssue()
    {
        var result = Read("asset_id,manufacturer,model,model_number,software_version\nA-1,\"Acme\" Inc,Pump,P1,1.0\nA-2,Acme,Pump,P1,1.0\n");

        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Location.ShouldBe("line 2");
        issue.Column.ShouldBe("row");
        issue.Reason.ShouldContain("after the closing quote");
        result.Records.ShouldHaveSingleItem().AssetId.ShouldBe("A-2");
    }

    [Fact]
    public void Read_UnclosedQuote_IsAnIssue()
    {
        var result = Read("asset_id,manufacturer,model,model_number,software_version\nA-1,Acme,Pump,P1,1.0\nA-2,\"Acme,Pump,P1,1.0\nA-3,Acme,Pump,P1,1.0\n");

        result.Issues.ShouldContain(i => i.Location == "line 3" && i.Reason.Contains("never closed", StringComparison.Ordinal));
        result.Records.ShouldHaveSingleItem().AssetId.ShouldBe("A-1");
    }

    [Fact]
    public void Read_EmptyFile_IsAnIssue()
    {
        var issue = Read("").Issues.ShouldHaveSingleItem();

        issue.Location.ShouldBe("line 1");
        issue.Reason.ShouldStartWith("the file is empty");
    }

    [Fact]
    public void Read_ChildBeforeItsParent_ComesAfterItInTheRecords()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version,parent_asset_id\n" +
                  "CH-1,Acme,Channel,C,1,VMD-1\nVMD-1,Acme,VMD,V,1,MDS-1\nOTHER,Acme,Pump,P,1,EXISTING-IN-DB\nMDS-1,Acme,Monitor,M,1,\n";

        var result = Read(csv);

        result.Issues.ShouldBeEmpty();
        result.Records.Select(r => r.AssetId).ShouldBe(["MDS-1", "VMD-1", "CH-1", "OTHER"]);
    }

    [Fact]
    public void Read_ParentCycle_IsAnIssueOnEveryRowOfTheCycle()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version,parent_asset_id\n" +
                  "A,Acme,M,M,1,B\nB,Acme,M,M,1,C\nC,Acme,M,M,1,A\nD,Acme,M,M,1,A\n";

        var result = Read(csv);

        result.Issues.Select(i => i.Location).ShouldBe(["line 2", "line 3", "line 4"]);
        result.Issues.ShouldAllBe(i => i.Column == "column 6 (parent_asset_id)" && i.Reason.StartsWith("the parents form a cycle: ", StringComparison.Ordinal));
        result.Issues[0].Reason.ShouldBe("the parents form a cycle: A → B → C → A");
        result.Records.ShouldHaveSingleItem().AssetId.ShouldBe("D");
    }

    [Fact]
    public void Read_MoreRowsThanMaxRows_StopsWithAnIssue()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version\nA-1,Acme,Pump,P1,1\n\nA-2,Acme,Pump,P1,1\nA-3,Acme,Pump,P1,1\nA-4,Acme,,P1,1\n";

        var result = Read(csv, new InventoryReadOptions { MaxRows = 2 });

        result.Issues.ShouldBe([new InventoryIssue("line 5", "rows", "the file has more than 2 data rows, the limit; reading stopped")]);
        result.Records.Select(r => r.AssetId).ShouldBe(["A-1", "A-2"]);
    }

    [Fact]
    public void Read_CellLongerThanMaxFieldLength_StopsWithAnIssue()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version\nA-1,Acme,Pump,P1,1\nA-2,Acme,Pump,P1,\"123456789012345678901\"\nA-3,Acme,,P1,1\n";

        var result = Read(csv, new InventoryReadOptions { MaxFieldLength = 20 });

        result.Issues.ShouldBe([new InventoryIssue("line 3", "column 5 (software_version)", "the cell is longer than 20 characters, the limit; reading stopped")]);
        result.Records.ShouldHaveSingleItem().AssetId.ShouldBe("A-1");
    }

    [Fact]
    public void Read_HeaderCellLongerThanMaxFieldLength_StopsWithAnIssue()
    {
        var result = Read("asset_id,manufacturer,model,model_number,software_version\nA-1,Acme,Pump,P1,1\n", new InventoryReadOptions { MaxFieldLength = 10 });

        result.Issues.ShouldBe([new InventoryIssue("line 1", "column 2", "the cell is longer than 10 characters, the limit; reading stopped")]);
        result.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Read_HugeUnclosedQuote_StopsWithAnIssueInsteadOfBufferingTheFile()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version\nA-1,\"Acme" + new string('x', 300_000) + "\n";

        var result = Read(csv, new InventoryReadOptions { MaxFieldLength = 100 });

        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Location.ShouldBe("line 2");
        issue.Reason.ShouldContain("reading stopped");
        result.Records.ShouldBeEmpty();
    }

    [Fact]
    public void Read_TextLargerThanMaxBytes_StopsWithAnIssue()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version\n" +
                  string.Concat(Enumerable.Range(1, 5000).Select(i => $"A-{i},Acme,Pump,P1,1\n"));

        var result = Read(csv, new InventoryReadOptions { MaxBytes = 10_000 });

        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Location.ShouldBe("file");
        issue.Column.ShouldBe("size");
        issue.Reason.ShouldStartWith("the file is larger than 10000 bytes, the limit; reading stopped");
        result.Records.Count.ShouldBeLessThan(5000);
    }

    [Fact]
    public void Read_StreamLargerThanMaxBytes_StopsWithAnIssue()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version\n" +
                  string.Concat(Enumerable.Range(1, 5000).Select(i => $"A-{i},Acme,Pump,P1,1\n"));

        var result = InventoryCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new InventoryReadOptions { MaxBytes = 10_000 });

        result.Issues.ShouldHaveSingleItem().Reason.ShouldStartWith("the file is larger than 10000 bytes");
    }

    [Fact]
    public void Read_FileWithinTheLimits_HasNoLimitIssue()
    {
        var csv = "asset_id,manufacturer,model,model_number,software_version\n" +
                  string.Concat(Enumerable.Range(1, 5000).Select(i => $"A-{i},Acme,Pump,P1,1\n"));

        var result = InventoryCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new InventoryReadOptions { MaxRows = 5000, MaxBytes = csv.Length });

        result.Issues.ShouldBeEmpty();
        result.Records.Count.ShouldBe(5000);
        result.Records[4999].Location.ShouldBe("line 5001");
    }
}
