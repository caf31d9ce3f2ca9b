using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.Nvd;

namespace MedVigil.Formats.Tests.Nvd;

/// <summary>The NVD reader on broken pages: every problem an issue at its JSON pointer, no page half-read.</summary>
public sealed class NvdMalformedTests
{
    private const string Page = """
        {"resultsPerPage":1,"startIndex":0,"totalResults":1,"format":"NVD_CVE","version":"2.0","timestamp":"2023-07-28T05:46:22.353",
         "vulnerabilities":[{"cve":{"id":"CVE-2023-0001","published":"2023-01-01T00:00:00.000","lastModified":"2023-01-02T00:00:00.000",
           "descriptions":[{"lang":"en","value":"d"}],
           "metrics":{"cvssMetricV31":[{"source":"nvd@nist.gov","type":"Primary","cvssData":{"version":"3.1","vectorString":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H","baseScore":9.8,"baseSeverity":"CRITICAL"}}]},
           "configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[{"vulnerable":true,"criteria":"cpe:2.3:a:x:y:*:*:*:*:*:*:*:*","matchCriteriaId":"A","versionEndExcluding":"2.0"}]}]}],
           "references":[{"url":"https://example.com"}]}}]}
        """;

    private static ReadResult<NvdCvePage> Read(string json, ReaderLimits? limits = null) =>
        NvdCveReader.ReadPage(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits);

    [Fact]
    public void TheSamplePageIsValid() =>
        Read(Page).ShouldSatisfyAllConditions(r => r.Issues.ShouldBeEmpty(),
            r => r.Document!.Vulnerabilities[0].Metrics.ShouldHaveSingleItem().ShouldBe(new NvdCvssMetric("3.1", "nvd@nist.gov", "Primary", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, "CRITICAL")));

    [Theory]
    [InlineData("\"operator\":\"OR\"", "\"operator\":\"XOR\"", "/vulnerabilities/0/cve/configurations/0/nodes/0/operator", "nvd-operator")] // unknown operator
    [InlineData("\"criteria\":\"cpe:2.3:", "\"criteria\":\"cpe:/", "/vulnerabilities/0/cve/configurations/0/nodes/0/cpeMatch/0/criteria", "nvd-cpe")] // CPE 2.2 URI
    [InlineData("\"matchCriteriaId\":\"A\",", "", "/vulnerabilities/0/cve/configurations/0/nodes/0/cpeMatch/0/matchCriteriaId", "json-missing")] // required
    [InlineData("\"baseScore\":9.8", "\"baseScore\":\"9.8\"", "/vulnerabilities/0/cve/metrics/cvssMetricV31/0/cvssData/baseScore", "json-type")] // wrong type
    [InlineData("\"baseScore\":9.8", "\"baseScore\":11", "/vulnerabilities/0/cve/metrics/cvssMetricV31/0/cvssData/baseScore", "nvd-score")] // out of range
    [InlineData("\"id\":\"CVE-2023-0001\"", "\"id\":\"GHSA-1\"", "/vulnerabilities/0/cve/id", "nvd-cve-id")] // not a CVE
    [InlineData("\"lastModified\":\"2023-01-02T00:00:00.000\"", "\"lastModified\":\"yesterday\"", "/vulnerabilities/0/cve/lastModified", "bad-date")] // not a time
    [InlineData("\"vulnerable\":true", "\"vulnerable\":\"yes\"", "/vulnerabilities/0/cve/configurations/0/nodes/0/cpeMatch/0/vulnerable", "json-type")] // wrong type
    [InlineData("\"startIndex\":0", "\"startIndex\":-1", "/startIndex", "json-range")] // negative index
    public void ABadFieldIsAnErrorAtItsPointer(string find, string replace, string pointer, string code)
    {
        var result = Read(Page.Replace(find, replace, StringComparison.Ordinal));

        result.Document.ShouldBeNull();
        result.Errors.ShouldContain(i => i.Location == pointer && i.Code == code, string.Join("; ", result.Issues));
    }

    [Fact]
    public void AHeaderThatDisagreesWithTheRecordsIsAWarning() =>
        Read(Page.Replace("\"resultsPerPage\":1", "\"resultsPerPage\":2", StringComparison.Ordinal)).ShouldSatisfyAllConditions(
            r => r.IsValid.ShouldBeTrue(),
            r => r.Issues.ShouldHaveSingleItem().ShouldBe(new FormatIssue("/resultsPerPage", "nvd-page-count", "resultsPerPage is 2 but the page holds 1 records.", IssueSeverity.Warning)));

    [Fact]
    public void AnOverlongStringIsRefused() =>
        Read(Page, ReaderLimits.Default with { MaxStringLength = 40 }).Errors.ShouldContain(i => i.Code == "limit-string"
            && i.Location == "/vulnerabilities/0/cve/metrics/cvssMetricV31/0/cvssData/vectorString");
}
