using MedVigil.Formats.Common;
using MedVigil.Formats.Nvd;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Nvd;

/// <summary>The NVD reader against every NVD CVE API 2.0 file in shared/data/nvd.</summary>
public sealed class NvdSharedDataTests
{
    private static string[] Files(string folder, string pattern) =>
        [.. Directory.GetFiles(SharedData.Path("nvd", folder), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Reads every file, asserts that none has an issue (naming the first offender), and returns the documents.</summary>
    private static List<T> ReadAllClean<T>(string[] files, Func<string, ReadResult<T>> read)
        where T : class
    {
        var results = files.Select(f => (File: f, Result: read(f))).ToList();
        results.Where(r => r.Result.Issues.Count > 0).Select(r => $"{Path.GetFileName(r.File)}: {r.Result.Issues[0]}").ShouldBeEmpty();
        return [.. results.Select(r => r.Result.Document!)];
    }

    private static void Report(string text) => TestContext.Current.TestOutputHelper?.WriteLine(text);

    [Fact]
    public void EveryCveRecordReadsWithoutIssues()
    {
        var files = Files("cve-records", "CVE-*.json");
        var records = ReadAllClean(files, f => NvdCveReader.ReadRecord(f));

        files.Length.ShouldBe(200);
        records.Count(r => r.Configurations.Count > 0).ShouldBe(195); // the manifest: 195 of 200 have configurations
        records.Select(r => r.Id).ShouldBe(files.Select(f => Path.GetFileNameWithoutExtension(f)));
        Report($"NVD cve-records: {records.Count}/{files.Length} read, {records.Sum(r => r.Configurations.Count)} configurations, {records.Sum(r => r.Metrics.Count)} metrics");
    }

    [Fact]
    public void ConfigurationsAreKeptWhole()
    {
        var cve = NvdCveReader.ReadRecord(SharedData.Path("nvd", "cve-records", "CVE-2022-31607.json")).Document!;

        cve.LastModified.ShouldBe(new DateTimeOffset(2022, 11, 29, 15, 42, 21, 717, TimeSpan.Zero));
        cve.Metrics.Select(m => m.CvssVersion).ShouldBe(["3.1", "3.1"]);
        cve.Configurations.Count.ShouldBe(4);
        var first = cve.Configurations[0];
        first.Operator.ShouldBe(NvdOperator.And);
        first.Nodes.Select(n => (n.Operator, n.CpeMatch.Count)).ShouldBe([(NvdOperator.Or, 4), (NvdOperator.Or, 1)]);
        first.Nodes[1].CpeMatch[0].Vulnerable.ShouldBeFalse(); // the platform: context, not the affected component
        first.Nodes[0].CpeMatch[0].ShouldBe(new NvdCpeMatch(true, "cpe:2.3:a:nvidia:gpu_display_driver:*:*:*:*:*:linux:*:*",
            "C1777FEA-7B6B-4629-BFFD-E45492C96D18", "390", null, null, "390.154"));
    }

    [Fact]
    public void AnApiResponseReadsAsAPage()
    {
        var result = NvdCveReader.ReadPage(SharedData.Path("nvd", "api-responses", "cves-CVE-2023-0001.json"));

        result.Issues.ShouldBeEmpty();
        result.Document!.ShouldSatisfyAllConditions(p => p.ResultsPerPage.ShouldBe(1), p => p.TotalResults.ShouldBe(1),
            p => p.Timestamp.ShouldBe(new DateTimeOffset(2023, 7, 28, 5, 46, 22, 353, TimeSpan.Zero)),
            p => p.Vulnerabilities.ShouldHaveSingleItem().Id.ShouldBe("CVE-2023-0001"));
    }

    [Fact]
    public void TheOsvDevFixtureReadsWithAWarningAboutItsHeader()
    {
        // osv.dev's test fixture is a real 2026 response with 12 more records appended and the header left at 1.
        var result = NvdCveReader.ReadPage(SharedData.Path("nvd", "api-responses", "osv.dev-vulnfeeds-CVE-2026-20912.json"));

        result.IsValid.ShouldBeTrue();
        result.Issues.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Code.ShouldBe("nvd-page-count"), i => i.Severity.ShouldBe(IssueSeverity.Warning));
        result.Document!.Vulnerabilities.Count.ShouldBe(13);
        result.Document.Vulnerabilities[0].Id.ShouldBe("CVE-2026-20912");
    }

    [Fact]
    public void ASingleRecordResponseReadsAsARecord() =>
        NvdCveReader.ReadRecord(SharedData.Path("nvd", "api-responses", "cve-2022-44006.json")).ShouldSatisfyAllConditions(
            r => r.Issues.ShouldBeEmpty(), r => r.Document!.Id.ShouldBe("CVE-2022-44006"));

    [Theory]
    [InlineData("cpes-2023.json")] // CPE API
    [InlineData("cpematch-CVE-2022-32223.json")] // CPE match API
    [InlineData("cvehistory-CVE-2019-1010218.json")] // CVE history API
    [InlineData("sources-20.json")] // source API
    public void ResponsesOfOtherApisAreNotCvePages(string file) =>
        NvdCveReader.ReadPage(SharedData.Path("nvd", "api-responses", file)).ShouldSatisfyAllConditions(
            r => r.Document.ShouldBeNull(), r => r.Errors.ShouldContain(i => i.Location == "/vulnerabilities" && i.Code == "json-missing"));

    [Fact]
    public void EveryAnchoreOverrideReads()
    {
        var files = Files("anchore-nvd-overrides", "CVE-*.json");
        var overrides = ReadAllClean(files, f => NvdCveReader.ReadOverride(f));

        files.Length.ShouldBe(2012);
        overrides.Count(o => o.Configurations.Count > 0).ShouldBe(2007);
        overrides.Count(o => o.References.Count > 0).ShouldBe(342);
        overrides.Select(o => o.CveId).ShouldBe(files.Select(f => Path.GetFileNameWithoutExtension(f)));
        Report($"NVD anchore overrides: {overrides.Count}/{files.Length} read, {overrides.Sum(o => o.Configurations.Sum(c => c.Nodes.Sum(n => n.CpeMatch.Count)))} CPE matches");
    }
}
