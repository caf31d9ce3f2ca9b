using MedVigil.Application.Findings;
using MedVigil.Domain.Findings;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MedVigil.Application.Tests.Findings.FindingScenario;
using static MedVigil.Testing.WrittenDocuments;

namespace MedVigil.Application.Tests.Findings;

/// <summary>
/// The analysis end to end on a real database: documents imported through the use cases, findings stored,
/// explained, revised, retracted and analysed. Each test has a database of its own, because advisories are global.
/// </summary>
public sealed class AnalyzeFindingsTests
{
    private const string Lodash = "pkg:npm/lodash@4.17.20";
    private const string LodashCve = "CVE-2021-23337";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    private static async Task<TestHost> PumpWithLodashAsync(DatabaseKind kind)
    {
        var host = await TestHost.StartIsolatedAsync(kind);
        await SbomAsync(host, "1.0", Lodash, "pkg:pypi/django@4.2.0");
        await DeviceAsync(host, "PUMP-1", "1.0");
        await DeviceAsync(host, "PUMP-2", "1.0");
        await OsvAsync(host, Osv("GHSA-35jh-r3h4-6jhm", LodashCve, "npm", "lodash", "4.17.21"));
        return host;
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task The_first_run_is_full_and_every_device_gets_the_explained_finding(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);

        var summary = await AnalyzeAsync(host);

        (summary.Full, summary.EvaluatedAdvisories, summary.Targets, summary.Opened, summary.Open).ShouldBe((true, 1, 1, 1, 1));
        var rows = await FindingsAsync(host);
        rows.Select(r => r.AssetId).ShouldBe(["PUMP-1", "PUMP-2"]);
        var row = rows[0];
        (row.VulnerabilityId, row.AdvisoryId, row.Source, row.Status, row.AnalysisState, row.Component)
            .ShouldBe((LodashCve, "GHSA-35jh-r3h4-6jhm", "osv", "affected", "in_triage", Lodash));
        row.Reason.ShouldContain("4.17.20 < 4.17.21 fixed");
        row.Reason.ShouldContain("GHSA-35jh-r3h4-6jhm");
        row.Evidence.ShouldNotBeNull().ShouldContain("\"pointer\":\"/affected/0/ranges/0\"", Case.Sensitive, row.Evidence);
        row.Priority.ShouldBe("out-of-cycle", "no exploitation known, but the device's exposure and clinical function are unknown: the worst values (ADR 0023)");
        row.DueDate.ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_second_run_with_nothing_new_evaluates_and_writes_nothing(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);
        await AnalyzeAsync(host);

        var again = await AnalyzeAsync(host);

        (again.Full, again.EvaluatedAdvisories, again.EvaluatedTargets, again.Opened, again.Updated, again.Retracted, again.Open)
            .ShouldBe((false, 0, 0, 0, 0, 0, 1));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_new_advisory_is_evaluated_alone_and_a_full_run_then_changes_nothing(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);
        await AnalyzeAsync(host);
        await OsvAsync(host, Osv("GHSA-xxxx-django-0001", "CVE-2024-99901", "PyPI", "django", "4.2.1"));

        var incremental = await AnalyzeAsync(host);
        var full = await AnalyzeAsync(host, full: true);

        (incremental.EvaluatedAdvisories, incremental.EvaluatedTargets, incremental.Opened, incremental.Open).ShouldBe((1, 0, 1, 2));
        (full.Full, full.Opened, full.Updated, full.Retracted, full.Open).ShouldBe((true, 0, 0, 0, 2));
        (await FindingsAsync(host, "PUMP-1")).Select(r => r.VulnerabilityId).ShouldBe([LodashCve, "CVE-2024-99901"]);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Upgrading_the_component_retracts_the_finding_with_the_reason_and_keeps_the_row(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);
        await AnalyzeAsync(host);
        await SbomAsync(host, "1.0", "pkg:npm/lodash@4.17.21", "pkg:pypi/django@4.2.0");

        var summary = await AnalyzeAsync(host);

        (summary.EvaluatedTargets, summary.Retracted, summary.Open).ShouldBe((1, 1, 0));
        (await FindingsAsync(host)).ShouldBeEmpty();
        var retracted = await Db(host).Findings.SingleAsync(Ct);
        retracted.IsRetracted.ShouldBeTrue();
        retracted.RetractionReason.ShouldBe("the component is no longer in the model version's SBOM");
        // Written by the bulk insert, read back by EF: the times and the owned analysis survive the round trip.
        retracted.CreatedAt.ShouldBeLessThanOrEqualTo(retracted.RetractedAt!.Value);
        (retracted.CreatedAt - retracted.RetractedAt.Value).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(5));
        (retracted.Analysis.State, retracted.Analysis.AnalysedAt, retracted.UpdatedAt).ShouldBe((AnalysisState.InTriage, retracted.CreatedAt, retracted.CreatedAt));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_revised_advisory_that_no_longer_covers_the_version_retracts_the_finding(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);
        await AnalyzeAsync(host);
        await OsvAsync(host, Osv("GHSA-35jh-r3h4-6jhm", LodashCve, "npm", "lodash", "4.17.19", modified: "2025-01-01T00:00:00Z"));

        var summary = await AnalyzeAsync(host);

        (summary.EvaluatedAdvisories, summary.Retracted, summary.Open).ShouldBe((1, 1, 0));
        (await Db(host).Findings.SingleAsync(Ct)).RetractionReason.ShouldNotBeNull().ShouldContain("no current statement applies");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_vex_not_affected_suppresses_the_finding_with_its_justification(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);
        await AnalyzeAsync(host);
        await VexAsync(host, OpenVexNotAffected(LodashCve, Lodash, "vulnerable_code_not_in_execute_path"));

        var summary = await AnalyzeAsync(host);

        (summary.EvaluatedAdvisories, summary.Updated, summary.Open).ShouldBe((1, 1, 1));
        var row = (await FindingsAsync(host, "PUMP-1")).ShouldHaveSingleItem();
        (row.Status, row.AnalysisState, row.Justification, row.Source).ShouldBe(("not_affected", "not_affected", "code_not_reachable", "openvex"));
        row.AnalysedBy.ShouldNotBeNull().ShouldStartWith("vex:");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_model_scoped_analysis_carries_over_to_a_new_version_with_the_same_component(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);
        await AnalyzeAsync(host);
        var finding = (await FindingsAsync(host, "PUMP-1"))[0];
        var decided = await host.Get<AnalyseFinding>().ExecuteAsync(new AnalyseFindingCommand(
            finding.FindingId, "not_affected", "code_not_reachable", ["will_not_fix"], "template function unused", "model"), Ct);
        decided.IsSuccess.ShouldBeTrue();
        await SbomAsync(host, "2.0", Lodash);
        await DeviceAsync(host, "PUMP-3", "2.0");

        var summary = await AnalyzeAsync(host);

        (summary.EvaluatedTargets, summary.Opened).ShouldBe((1, 1));
        var carried = (await FindingsAsync(host, "PUMP-3")).ShouldHaveSingleItem();
        (carried.Status, carried.AnalysisState, carried.Justification, carried.AnalysisDetail, carried.AnalysedBy)
            .ShouldBe(("affected", "not_affected", "code_not_reachable", "template function unused", "test"));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_model_version_analysis_stays_on_its_version_and_a_device_analysis_on_its_device(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);
        await AnalyzeAsync(host);
        var finding = (await FindingsAsync(host, "PUMP-1"))[0];
        (await host.Get<AnalyseFinding>().ExecuteAsync(new AnalyseFindingCommand(finding.FindingId, "exploitable", Scope: "model_version"), Ct)).IsSuccess.ShouldBeTrue();
        (await host.Get<AnalyseFinding>().ExecuteAsync(new AnalyseFindingCommand(
            finding.FindingId, "not_affected", "protected_at_perimeter", Scope: "device", AssetId: "PUMP-2"), Ct)).IsSuccess.ShouldBeTrue();
        await SbomAsync(host, "2.0", Lodash);
        await DeviceAsync(host, "PUMP-3", "2.0");
        await AnalyzeAsync(host);

        var states = (await FindingsAsync(host)).ToDictionary(r => r.AssetId!, r => r.AnalysisState);

        states.ShouldBe(new Dictionary<string, string> { ["PUMP-1"] = "exploitable", ["PUMP-2"] = "not_affected", ["PUMP-3"] = "in_triage" });
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task An_analysis_that_breaks_the_rules_is_refused_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);
        await AnalyzeAsync(host);
        var finding = (await FindingsAsync(host, "PUMP-1"))[0];

        var noJustification = await host.Get<AnalyseFinding>().ExecuteAsync(new AnalyseFindingCommand(finding.FindingId, "not_affected"), Ct);
        var badState = await host.Get<AnalyseFinding>().ExecuteAsync(new AnalyseFindingCommand(finding.FindingId, "fine"), Ct);
        var otherDevice = await host.Get<AnalyseFinding>().ExecuteAsync(new AnalyseFindingCommand(finding.FindingId, "exploitable", Scope: "device", AssetId: "NOPE"), Ct);
        var unknown = await host.Get<AnalyseFinding>().ExecuteAsync(new AnalyseFindingCommand(Guid.NewGuid(), "exploitable"), Ct);

        noJustification.Error.Message.ShouldContain("justification");
        badState.Error.Fields.ShouldHaveSingleItem().Field.ShouldBe("state");
        otherDevice.Error.Kind.ShouldBe(Domain.Common.ErrorKind.NotFound);
        unknown.Error.Kind.ShouldBe(Domain.Common.ErrorKind.NotFound);
        (await Db(host).AnalysisDecisions.CountAsync(Ct)).ShouldBe(0);
        (await FindingsAsync(host, "PUMP-1"))[0].AnalysisState.ShouldBe("in_triage");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_new_tenant_alias_re_evaluates_every_model_version_and_the_finding_names_it(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        await using (var csaf = File.OpenRead(SharedData.Path("icsma", "2018", "icsma-18-235-01.json")))
        {
            (await host.Get<MedVigil.Application.Advisories.ImportCsaf>().ExecuteAsync(new MedVigil.Application.Advisories.ImportCsafCommand("icsma-18-235-01.json", csaf), Ct)).IsSuccess.ShouldBeTrue();
        }

        (await host.Get<MedVigil.Application.Devices.RegisterDevice>().ExecuteAsync(new MedVigil.Application.Devices.DeviceInput("TIVA-1", "Northwind Infusion", "Alaris TIVA", null, "2.3.5"), Ct)).IsSuccess.ShouldBeTrue();
        var before = await AnalyzeAsync(host);
        (await host.Get<MedVigil.Application.Aliases.AddManufacturerAlias>().ExecuteAsync(new MedVigil.Application.Aliases.AddManufacturerAliasCommand("Northwind Infusion", "BD"), Ct)).IsSuccess.ShouldBeTrue();

        var after = await AnalyzeAsync(host);

        (before.Open, after.Full, after.EvaluatedAdvisories, after.EvaluatedTargets, after.Opened).ShouldBe((0, false, 0, 1, 1));
        var row = (await FindingsAsync(host, "TIVA-1")).ShouldHaveSingleItem();
        (row.VulnerabilityId, row.Status, row.AdvisoryId).ShouldBe(("CVE-2018-14786", "affected", "ICSMA-18-235-01"));
        row.Reason.ShouldContain("Northwind Infusion");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Another_tenant_sees_none_of_the_findings(DatabaseKind kind)
    {
        await using var host = await PumpWithLodashAsync(kind);
        await AnalyzeAsync(host);
        var other = await host.CreateOtherTenantAsync();

        var theirs = await host.NewScope(tenantId: other).GetRequiredService<ListFindings>().ExecuteAsync(new ListFindingsQuery(), Ct);
        var run = await host.NewScope(tenantId: other).GetRequiredService<AnalyzeFindings>().ExecuteAsync(new AnalyzeCommand(), Ct);

        theirs.Value.ShouldBeEmpty();
        (run.Value.Targets, run.Value.Open).ShouldBe((0, 0));
        (await FindingsAsync(host)).Count.ShouldBe(2);
    }
}

/// <summary>Statements are compiled once for everyone, even when several tenants (or hosts) analyse at the same moment.</summary>
public sealed class ConcurrentCompilationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Two_tenants_analysing_at_once_compile_each_advisory_once_and_both_succeed(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        foreach (var file in Directory.EnumerateFiles(SharedData.Path("icsma"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(60))
        {
            await using var stream = File.OpenRead(file);
            (await host.Get<MedVigil.Application.Advisories.ImportCsaf>().ExecuteAsync(new MedVigil.Application.Advisories.ImportCsafCommand(file, stream), Ct)).IsSuccess.ShouldBeTrue(file);
        }

        var other = await host.CreateOtherTenantAsync();
        var runs = await Task.WhenAll(
            host.Get<AnalyzeFindings>().ExecuteAsync(new AnalyzeCommand(), Ct),
            host.NewScope(tenantId: other).GetRequiredService<AnalyzeFindings>().ExecuteAsync(new AnalyzeCommand(), Ct));

        runs.ShouldAllBe(r => r.IsSuccess);
        runs.Select(r => r.Value.EvaluatedAdvisories).ShouldBe([60, 60]);
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        (await db.CompiledStatements.CountAsync(Ct)).ShouldBe(60);
        (await db.CompiledStatements.Select(c => c.Sequence).Distinct().CountAsync(Ct)).ShouldBe(60);
    }
}
