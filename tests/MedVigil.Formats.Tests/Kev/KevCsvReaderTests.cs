using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.Kev;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Kev;

/// <summary>The KEV CSV reader: the real CSV release must say exactly what its JSON twin says.</summary>
public sealed class KevCsvReaderTests
{
    private const string Header = "cveID,vendorProject,product,vulnerabilityName,dateAdded,shortDescription,requiredAction,dueDate,knownRansomwareCampaignUse,notes,cwes\n";

    private const string Row = "CVE-2025-48384,Git,Git,\"Git Link, Following\",2025-08-25,d,a,2025-09-15,Unknown,\"n ; https://x\",\"CWE-59, CWE-436\"\n";

    private static ReadResult<KevCsvCatalog> Read(string csv, ReaderLimits? limits = null) =>
        KevCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), limits);

    [Fact]
    public void TheRealCsvEqualsTheJsonRelease()
    {
        var csv = KevCsvReader.Read(SharedData.Path("kev", "known_exploited_vulnerabilities.csv"));
        var json = KevReader.Read(SharedData.Path("kev", "known_exploited_vulnerabilities.json")).Document!;

        csv.Issues.ShouldBeEmpty();
        var entries = csv.Document!.Vulnerabilities;
        entries.Count.ShouldBe(1404);
        entries.Zip(json.Vulnerabilities).Where(p => !p.First.SameAs(p.Second)).Select(p => p.First.CveId).ShouldBeEmpty();
        TestContext.Current.TestOutputHelper?.WriteLine($"KEV CSV: {entries.Count} rows read, all equal to the JSON entries");
    }

    [Fact]
    public void QuotedCellsAndTheCweListRead() =>
        Read(Header + Row).Document!.Vulnerabilities.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.VulnerabilityName.ShouldBe("Git Link, Following"), e => e.Cwes.ShouldBe(["CWE-59", "CWE-436"]),
            e => e.DueDate.ShouldBe(new DateOnly(2025, 9, 15)));

    [Theory]
    [InlineData("CVE-2025-48384,Git,", "CVE-25-1,Git,", "line 2, column 1", "kev-cve-id")] // not a CVE id
    [InlineData(",2025-09-15,", ",15/09/2025,", "line 2, column 8", "bad-date")] // not ISO
    [InlineData(",Git,Git,", ",,Git,", "line 2, column 2", "kev-missing")] // vendorProject empty
    [InlineData(",\"CWE-59, CWE-436\"", "", "line 2, column 11", "kev-csv-columns")] // a field short
    public void ABadCellIsAnErrorAtItsLineAndColumn(string find, string replace, string location, string code)
    {
        var result = Read(Header + Row.Replace(find, replace, StringComparison.Ordinal));

        result.Document.ShouldBeNull();
        result.Errors.ShouldContain(i => i.Location == location && i.Code == code, string.Join("; ", result.Issues));
    }

    [Fact]
    public void AWrongHeaderIsRefused() =>
        Read("cve,vendor\n" + Row).Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            i => i.Code.ShouldBe("kev-csv-header"), i => i.Location.ShouldBe("line 1, column 1"));

    [Fact]
    public void ACveListedTwiceIsAnError() =>
        Read(Header + Row + Row).Errors.ShouldHaveSingleItem().ShouldBe(new FormatIssue("line 3, column 1", "kev-duplicate", "CVE-2025-48384 is listed more than once."));

    [Fact]
    public void AnOversizedCsvIsRefused() =>
        Read(Header + Row, ReaderLimits.Default with { MaxBytes = 100 }).Errors.ShouldHaveSingleItem().Code.ShouldBe("limit-size");

    [Fact]
    public void TooManyRowsAreRefused() =>
        Read(Header + Row + Row.Replace("48384", "48385", StringComparison.Ordinal), ReaderLimits.Default with { MaxItems = 1 })
            .Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Code.ShouldBe("limit-items"), i => i.Location.ShouldBe("line 3, column 1"));
}
