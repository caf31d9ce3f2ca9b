using System.Text;
using MedVigil.Application.Advisories;
using MedVigil.Application.Devices;
using MedVigil.Application.Findings;
using MedVigil.Application.Sboms;
using MedVigil.Application.Vex;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Findings;

/// <summary>The steps of an analysis scenario, with documents from <see cref="WrittenDocuments"/>.</summary>
internal static class FindingScenario
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task SbomAsync(TestHost host, string version, params string[] purls)
    {
        var result = await host.Get<ImportSbom>().ExecuteAsync(
            new ImportSbomCommand($"pump-{version}.cdx.json", Encoding.UTF8.GetBytes(WrittenDocuments.Sbom(purls)), "Acme Medical", "Infusion Pump", version), Ct);
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

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
