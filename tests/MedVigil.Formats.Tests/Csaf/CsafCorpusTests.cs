using MedVigil.Formats.Csaf;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Csaf;

/// <summary>Real documents read without errors: the official CSAF examples (incl. 13 CSAF VEX) and the 134 CISA medical advisories.</summary>
public sealed class CsafCorpusTests
{
    private static string[] JsonFiles(params string[] folder) =>
        [.. Directory.GetFiles(SharedData.Path(folder), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static List<string> ErrorsOf(IEnumerable<string> files) =>
        [.. files.SelectMany(f => CsafReader.Read(f).Errors.Select(e => $"{Path.GetFileName(f)}: {e.Code} {e}"))];

    [Fact]
    public void OfficialExamples_AllReadWithoutErrors()
    {
        var files = JsonFiles("csaf", "examples", "csaf");

        files.Length.ShouldBe(19);
        ErrorsOf(files).ShouldBeEmpty();
    }

    [Fact]
    public void OfficialVexExamples_AreRecognisedAsVex()
    {
        var documents = JsonFiles("csaf", "examples", "csaf", "csaf_vex").Select(f => CsafReader.Read(f).Document!).ToList();

        documents.Count.ShouldBe(13);
        documents.ShouldAllBe(d => d.IsVex);
        documents.ShouldAllBe(d => d.Vulnerabilities.Count > 0 && d.ProductTree.Products.Count > 0);
    }

    [Fact]
    public void CisaMedicalAdvisories_All134ReadWithoutErrors()
    {
        var files = JsonFiles("icsma");

        files.Length.ShouldBe(134);
        files.ShouldAllBe(f => Path.GetFileName(f).StartsWith("icsma-", StringComparison.Ordinal));
        ErrorsOf(files).ShouldBeEmpty();
    }

    [Fact]
    public void CisaMedicalAdvisories_KeepVendorNamesAsWritten_IncludingMojibake()
    {
        var vendors = JsonFiles("icsma")
            .SelectMany(f => CsafReader.Read(f).Document!.ProductTree.Products)
            .SelectMany(p => p.BranchPath.Where(b => b.Category == "vendor").Select(b => b.Name))
            .ToHashSet(StringComparer.Ordinal);

        vendors.ShouldContain("Innokas YhtymÃ¤ Oy");
        vendors.ShouldContain("Philips");
        vendors.Count.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void CisaMedicalAdvisories_EveryProductHasANameAndEveryVulnerabilityAStatusOrRemediation()
    {
        var documents = JsonFiles("icsma").Select(f => CsafReader.Read(f).Document!).ToList();

        var products = documents.SelectMany(d => d.ProductTree.Products).ToList();
        products.ShouldAllBe(p => p.Name.Length > 0 && p.ProductId.Length > 0);
        products.Count(p => p.BranchPath.Any(b => b.Category == "product_version_range")).ShouldBeGreaterThan(0);
        var cves = documents.SelectMany(d => d.Vulnerabilities).Select(v => v.Cve).OfType<string>().ToHashSet(StringComparer.Ordinal);
        cves.Count.ShouldBeGreaterThan(350);
    }

    [Fact]
    public void ValidatorSuiteFiles_AllParse_AndNoneThrows()
    {
        var files = JsonFiles("csaf", "test", "validator", "data");

        var unread = files.Where(f => CsafReader.Read(f).Document is null).ToList();

        unread.ShouldBeEmpty();
        files.Length.ShouldBeGreaterThan(150);
        files.ShouldAllBe(f => CsafReader.Read(f).Issues.All(i => i.Location.Length == 0 || i.Location[0] == '/'));
    }
}
