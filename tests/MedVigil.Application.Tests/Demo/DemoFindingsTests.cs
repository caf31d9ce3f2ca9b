using MedVigil.Application.Demo;
using MedVigil.Application.Findings;
using MedVigil.Domain.Findings;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Demo;

/// <summary>What a new user sees after <c>medvigil demo</c>: the findings the demo documents were written to give.</summary>
public sealed class DemoFindingsTests
{
    // (model version, vulnerability) → status, and a part of the explanation that says why.
    private static readonly Dictionary<(string Version, string Vulnerability), (FindingStatus Status, string Why)> Expected = new()
    {
        [("ExampleLink Integration Gateway 4.2.0", "CVE-2021-23337")] = (FindingStatus.NotAffected, "4.17.20 = 4.17.20 (npm)"),
        [("ExampleLink Integration Gateway 4.2.0", "CVE-2024-29041")] = (FindingStatus.Affected, "4.17.1 < 4.19.2 fixed (npm)"),
        // One of ws's four disjoint ranges; 5.0.1's ws 7.5.10 lies between them and is not affected.
        [("ExampleLink Integration Gateway 4.2.0", "CVE-2024-37890")] = (FindingStatus.Affected, "7.4.6 >= 7.0.0 introduced and 7.4.6 < 7.5.10 fixed (npm)"),
        // Debian versions with epoch and revision, compared as Debian does.
        [("ExampleLink Integration Gateway 4.2.0", "CVE-2022-37434")] = (FindingStatus.Affected, "1:1.2.11.dfsg-2+deb11u1 < 1:1.2.11.dfsg-2+deb11u2 fixed (deb)"),
        [("ExampleLink Integration Gateway 4.2.0", "CVE-2023-0286")] = (FindingStatus.Affected, "1.1.1n-0+deb11u3 < 1.1.1n-0+deb11u4 fixed (deb)"),
        [("ExampleView PACS Server 7.3", "CVE-2020-36518")] = (FindingStatus.Affected, "2.13.2 < 2.13.2.1 fixed (maven)"),
        [("ExampleView PACS Server 7.3", "CVE-2021-44228")] = (FindingStatus.Affected, "2.14.1 < 2.15.0 fixed (maven)"),
        [("ExampleView PACS Server 7.3", "CVE-2024-21907")] = (FindingStatus.Affected, "12.0.3 < 13.0.1 fixed (nuget)"),
        // The NVD configuration is PHP AND Windows: 7.3 runs on Windows, 8.0 on Linux, the portal on a server of the hospital's choice.
        [("ExampleView PACS Server 7.3", "CVE-2024-4577")] = (FindingStatus.Affected, "running on cpe:2.3:o:microsoft:windows"),
        [("ExampleView Web Portal 2.1.0", "CVE-2024-4577")] = (FindingStatus.UnderInvestigation, "not known whether the target runs on"),
        [("ExampleView Web Portal 2.1.0", "CVE-2020-11022")] = (FindingStatus.Affected, "3.4.1 < 3.5.0 fixed (npm)"),
        [("ExampleFlow Infusion Pump 2.1.0", "DEMO-VULN-2025-0001")] = (FindingStatus.Affected, "2.1.0 >= 2.0.0 and 2.1.0 < 2.4.3 (firmware)"),
        [("ExampleFlow Infusion Pump 2.4.3", "DEMO-VULN-2025-0001")] = (FindingStatus.Fixed, "2.4.3 = 2.4.3 (firmware)"),
        [("ExampleFlow Infusion Pump 3.0.1", "DEMO-VULN-2025-0001")] = (FindingStatus.Fixed, "3.0.1 = 3.0.1 (firmware)"),
        [("ExampleFlow Syringe Pump 1.3.0", "DEMO-VULN-2025-0001")] = (FindingStatus.NotAffected, "all versions"),
    };

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheDemoShowsAffectedFixedNotAffectedAndUnderInvestigationFindings_Explained(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var ct = TestContext.Current.CancellationToken;

        var first = await host.NewUnscopedScope().GetRequiredService<SeedDemoHospital>().ExecuteAsync(ct);
        var second = await host.NewUnscopedScope().GetRequiredService<SeedDemoHospital>().ExecuteAsync(ct);

        first.IsSuccess.ShouldBeTrue(first.Error?.ToString());
        first.Value.Analysis.Opened.ShouldBe(Expected.Count);
        second.IsSuccess.ShouldBeTrue(second.Error?.ToString());
        (second.Value.Analysis.Opened, second.Value.Analysis.Updated, second.Value.Analysis.Retracted, second.Value.Analysis.Open)
            .ShouldBe((0, 0, 0, Expected.Count));

        var tenant = await host.NewUnscopedScope().GetRequiredService<MedVigilDbContext>().Tenants.SingleAsync(t => t.Slug == DemoHospital.TenantSlug, ct);
        var scope = host.NewScope(tenantId: tenant.Id);
        var db = scope.GetRequiredService<MedVigilDbContext>();
        var findings = await (
                from finding in db.Findings
                join version in db.ModelVersions on finding.ModelVersionId equals version.Id
                join model in db.DeviceModels on version.DeviceModelId equals model.Id
                where finding.RetractedAt == null
                select new { Version = model.Name + " " + version.Version, finding })
            .ToListAsync(ct);

        findings.Select(f => (f.Version, f.finding.VulnerabilityId)).Order().ShouldBe(Expected.Keys.Order());
        foreach (var (version, finding) in findings.Select(f => (f.Version, f.finding)))
        {
            var (status, why) = Expected[(version, finding.VulnerabilityId)];
            finding.Status.ShouldBe(status, $"{version} {finding.VulnerabilityId}");
            finding.Reason.ShouldContain(why, Case.Sensitive, $"{version} {finding.VulnerabilityId}");
        }

        var vex = findings.Single(f => f.finding.VulnerabilityId == "CVE-2021-23337").finding;
        (vex.Analysis.State, vex.Analysis.Justification, vex.Source).ShouldBe((AnalysisState.NotAffected, Justification.CodeNotReachable, "openvex"));
        var syringe = findings.Single(f => f.Version.StartsWith("ExampleFlow Syringe", StringComparison.Ordinal)).finding;
        syringe.Analysis.Justification.ShouldBe(Justification.CodeNotPresent);

        // "Which of our devices does this advisory affect?": every pump, each with its version's status.
        var pumps = await scope.GetRequiredService<ListFindings>().ExecuteAsync(new ListFindingsQuery(AdvisoryId: "DEMO-2025-0001"), ct);
        pumps.Value.Count.ShouldBe(DemoCatalogue.Models.Where(m => m.Model.StartsWith("ExampleFlow", StringComparison.Ordinal)).Sum(m => m.Count));
        pumps.Value.Select(r => r.Status).Distinct().Order(StringComparer.Ordinal).ShouldBe(["affected", "fixed", "not_affected"]);
    }
}
