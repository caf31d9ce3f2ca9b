using System.Text;
using MedVigil.Application.Advisories;
using MedVigil.Application.Devices;
using MedVigil.Application.Findings;
using MedVigil.Application.Sboms;
using MedVigil.Application.Vex;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Findings;

/// <summary>Small documents written for these tests, in the real formats, and the steps of an analysis scenario.</summary>
internal static class FindingScenario
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Sbom(params string[] purls) => $$"""
        {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
         "components":[{{string.Join(',', purls.Select((p, i) => $$"""{"type":"library","bom-ref":"c{{i}}","name":"{{Name(p)}}","version":"{{p[(p.LastIndexOf('@') + 1)..]}}","purl":"{{p}}"}"""))}}]}
        """;

    /// <summary>An OSV record: <paramref name="package"/> affected from <c>introduced 0</c> up to <paramref name="fixedIn"/>.</summary>
    public static string Osv(string id, string cve, string ecosystem, string package, string fixedIn, string modified = "2024-01-01T00:00:00Z") => $$"""
        {"schema_version":"1.6.0","id":"{{id}}","modified":"{{modified}}","aliases":["{{cve}}"],
         "affected":[{"package":{"ecosystem":"{{ecosystem}}","name":"{{package}}"},
                      "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"{{fixedIn}}"}]}]}]}
        """;

    public static string OpenVexNotAffected(string cve, string purl, string justification) => $$"""
        {"@context":"https://openvex.dev/ns/v0.2.0","@id":"https://example.org/vex/acme-{{cve}}","author":"Acme PSIRT",
         "timestamp":"2026-01-01T00:00:00Z","version":1,
         "statements":[{"vulnerability":{"name":"{{cve}}"},"products":[{"@id":"{{purl}}"}],"status":"not_affected",
                        "justification":"{{justification}}"}]}
        """;

    public static async Task SbomAsync(TestHost host, string version, params string[] purls)
    {
        var result = await host.Get<ImportSbom>().ExecuteAsync(
            new ImportSbomCommand($"pump-{version}.cdx.json", Encoding.UTF8.GetBytes(Sbom(purls)), "Acme Medical", "Infusion Pump", version), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
    }

    public static async Task OsvAsync(TestHost host, string json)
    {
        var result = await host.Get<ImportOsv>().ExecuteAsync(new ImportOsvCommand("osv.json", Stream(json)), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
    }

    public static async Task VexAsync(TestHost host, string json)
    {
        var result = await host.Get<ImportVex>().ExecuteAsync(new ImportVexCommand("vex.json", Stream(json)), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
    }

    public static async Task DeviceAsync(TestHost host, string assetId, string version)
    {
        var result = await host.Get<RegisterDevice>().ExecuteAsync(new DeviceInput(assetId, "Acme Medical", "Infusion Pump", null, version), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
    }

    public static async Task<AnalysisSummary> AnalyzeAsync(TestHost host, bool full = false)
    {
        var result = await host.Get<AnalyzeFindings>().ExecuteAsync(new AnalyzeCommand(full), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
        return result.Value;
    }

    public static async Task<IReadOnlyList<FindingRow>> FindingsAsync(TestHost host, string? assetId = null)
    {
        var result = await host.Get<ListFindings>().ExecuteAsync(new ListFindingsQuery(assetId), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
        return result.Value;
    }

    private static string Name(string purl) => purl[(purl.LastIndexOf('/') + 1)..purl.LastIndexOf('@')];

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
