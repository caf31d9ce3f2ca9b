using System.Text;
using MedVigil.Application.Advisories;
using MedVigil.Application.Devices;
using MedVigil.Application.Findings;
using MedVigil.Application.Sboms;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MedVigil.Application.Tests.Risk;

/// <summary>
/// The worked examples of docs/risk-examples.md: one written CVE in a network library shipped in three device
/// models (a ventilator, a patient monitor, a lab analyser), one device each with its own exposure and clinical function.
/// </summary>
internal static class RiskScenario
{
    public const string Cve = "CVE-2026-90001";
    public const string Advisory = "GHSA-mv00-risk-0001";
    public const string Library = "pkg:npm/bedside-rpc@2.4.0";
    public const string NetworkNoAuth = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    /// <summary>When the scenario starts; findings open at this instant, so due dates count from it.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>(asset id, model, clinical function, exposure) of the three devices.</summary>
    public static readonly (string AssetId, string Model, string Function, string Exposure)[] Devices =
    [
        ("VENT-ICU-01", "Ventilator", "life-sustaining", "internet"),
        ("MON-WARD-07", "Patient Monitor", "monitoring", "segmented"),
        ("LAB-AN-03", "Lab Analyser", "diagnostic", "local-only"),
    ];

    public static async Task<(TestHost Host, FakeTimeProvider Clock)> StartAsync(DatabaseKind kind)
    {
        var clock = new FakeTimeProvider(Start);
        var host = await TestHost.StartIsolatedAsync(kind, clock);
        foreach (var (assetId, model, function, exposure) in Devices)
        {
            var sbom = await host.Get<ImportSbom>().ExecuteAsync(
                new ImportSbomCommand($"{model}.cdx.json", Encoding.UTF8.GetBytes(WrittenDocuments.Sbom(Library)), "Acme Medical", model, "1.0"), Ct);
            sbom.IsSuccess.ShouldBeTrue(sbom.IsSuccess ? "" : sbom.Error.Message);
            var device = await host.Get<RegisterDevice>().ExecuteAsync(
                new DeviceInput(assetId, "Acme Medical", model, null, "1.0", ClinicalFunction: function, Exposure: exposure), Ct);
            device.IsSuccess.ShouldBeTrue(device.IsSuccess ? "" : device.Error.Message);
        }

        var osv = await host.Get<ImportOsv>().ExecuteAsync(new ImportOsvCommand("osv.json",
            new MemoryStream(Encoding.UTF8.GetBytes(WrittenDocuments.Osv(Advisory, Cve, "npm", "bedside-rpc", "2.5.0")))), Ct);
        osv.IsSuccess.ShouldBeTrue(osv.IsSuccess ? "" : osv.Error.Message);
        return (host, clock);
    }

    /// <summary>Gives the CVE its CVSS vector, optionally a KEV listing and an EPSS score, as the feed imports would.</summary>
    public static async Task FeedFactsAsync(TestHost host, string vector = NetworkNoAuth, bool kev = true, double? epss = null)
    {
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        // OSV import stores the record under its own id; the CVE's row is what NVD and KEV imports write.
        var vulnerability = await db.Vulnerabilities.SingleOrDefaultAsync(v => v.Id == Cve, Ct);
        if (vulnerability is null)
        {
            vulnerability = Vulnerability.Create(Cve, "bedside-rpc: unauthenticated remote code execution", null, Start.AddDays(-30));
            db.Vulnerabilities.Add(vulnerability);
        }

        vulnerability.ScoreCvss(vector, 9.8);
        if (kev)
        {
            vulnerability.MarkKnownExploited(new KevListing(new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 13), false, "2026.02.20"));
        }

        if (epss is { } score)
        {
            db.EpssScores.Add(EpssScore.Create(Cve, score, 0.99, "v2025.03.14", Start));
        }

        await db.SaveChangesAsync(Ct);
    }

    public static async Task AnalyzeAsync(TestHost host)
    {
        var result = await host.Get<AnalyzeFindings>().ExecuteAsync(new AnalyzeCommand(false), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
    }

    public static async Task<IReadOnlyList<FindingRow>> FindingsAsync(TestHost host)
    {
        var result = await host.Get<ListFindings>().ExecuteAsync(new ListFindingsQuery(), Ct);
        result.IsSuccess.ShouldBeTrue(result.IsSuccess ? "" : result.Error.Message);
        return result.Value;
    }
}
