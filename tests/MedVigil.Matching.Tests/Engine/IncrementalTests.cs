using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using static MedVigil.Matching.Tests.Engines;
using static MedVigil.Matching.Tests.Engine.PrecedenceTests;

namespace MedVigil.Matching.Tests.Engine;

/// <summary>Interning and the incremental API: a new advisory evaluates only its statements, a new target only itself.</summary>
public sealed class IncrementalTests
{
    [Fact]
    public void A_component_shared_by_targets_is_interned_once_and_fanned_out()
    {
        var engine = new MatchingEngine();
        engine.LoadStatements(new StatementSet([Statement("vers:npm/<2.3.0", FindingStatus.Affected)], [], []));
        for (var i = 0; i < 50; i++)
        {
            engine.LoadTarget(Target($"mv{i}", Purl("pkg:npm/lib@2.1.0"), Purl($"pkg:npm/other{i % 5}@1.0.0")));
        }

        var findings = engine.EvaluateAll();

        engine.ComponentCount.ShouldBe(6);
        findings.Count.ShouldBe(50);
    }

    [Fact]
    public void A_new_advisory_returns_only_the_pairs_it_touches()
    {
        var engine = new MatchingEngine();
        engine.LoadStatements(new StatementSet([Statement("vers:npm/<2.3.0", FindingStatus.Affected)], [], []));
        engine.LoadTarget(Target("a", Purl("pkg:npm/lib@2.1.0")));
        engine.LoadTarget(Target("b", Purl("pkg:npm/lib@3.0.0")));
        engine.EvaluateAll().Count.ShouldBe(1);

        var added = engine.AddStatements(new StatementSet([Statement("vers:npm/<4.0.0", FindingStatus.Affected, id: "CVE-2024-0009")], [], []));

        added.Select(f => (f.TargetId, f.VulnerabilityId)).OrderBy(p => p.TargetId).ShouldBe([("a", "CVE-2024-0009"), ("b", "CVE-2024-0009")]);
        engine.EvaluateAll().Count.ShouldBe(3);
    }

    [Fact]
    public void A_revised_vex_decides_with_every_statement_held()
    {
        var engine = new MatchingEngine();
        engine.LoadStatements(new StatementSet([Statement("vers:npm/<2.3.0", FindingStatus.Affected)], [], []));
        engine.LoadTarget(Target("a", Purl("pkg:npm/lib@2.1.0")));
        engine.EvaluateAll();

        var vex = new VexAnalysis(AnalysisState.NotAffected, Justification.RequiresConfiguration, null, [], null);
        var added = engine.AddStatements(new StatementSet([Statement("vers:npm/*", FindingStatus.NotAffected, StatementSourceKind.CycloneDxVex, vex)], [], []));

        added.ShouldHaveSingleItem().Status.ShouldBe(FindingStatus.NotAffected);
    }

    [Fact]
    public void A_new_advisory_reaches_devices_and_cpe_targets_too()
    {
        var engine = new MatchingEngine();
        engine.LoadTarget(new MatchTarget("pump", [], new DeviceFacts("Becton, Dickinson and Company (BD)", "Alaris PC", null, "9.19")));
        engine.LoadTarget(Target("server", Cpe("cpe:2.3:a:oracle:mysql:8.0.31:*:*:*:*:*:*:*")));
        engine.LoadTarget(Target("other", Purl("pkg:npm/lib@2.1.0")));
        engine.EvaluateAll().ShouldBeEmpty();

        var csaf = engine.AddStatements(MedVigil.Formats.Csaf.CsafStatements.Convert(Documents.Csaf(CsafSamples.Advisory("Alaris PC", "<= 9.33", "known_affected"))));
        var nvd = engine.AddStatements(Documents.Nvd("CVE-2023-0002", null, Documents.Or(Documents.Match("cpe:2.3:a:oracle:mysql:*:*:*:*:*:*:*:*", endExcluding: "8.0.32"))));

        csaf.ShouldHaveSingleItem().TargetId.ShouldBe("pump");
        nvd.ShouldHaveSingleItem().TargetId.ShouldBe("server");
    }

    [Fact]
    public void A_new_target_is_evaluated_alone()
    {
        var engine = new MatchingEngine();
        engine.LoadStatements(new StatementSet([Statement("vers:npm/<2.3.0", FindingStatus.Affected)], [], []));
        engine.LoadTarget(Target("a", Purl("pkg:npm/lib@2.1.0")));
        engine.EvaluateAll();

        var findings = engine.AddTarget(Target("new", Purl("pkg:npm/lib@2.2.0"), Purl("pkg:npm/lib@2.1.0")));

        findings.Count.ShouldBe(2);
        findings.ShouldAllBe(f => f.TargetId == "new");
    }

    [Fact]
    public void A_changed_target_loses_the_components_it_no_longer_has()
    {
        var engine = new MatchingEngine();
        engine.LoadStatements(new StatementSet([Statement("vers:npm/<2.3.0", FindingStatus.Affected)], [], []));
        engine.AddTarget(Target("a", Purl("pkg:npm/lib@2.1.0"))).Count.ShouldBe(1);

        engine.AddTarget(Target("a", Purl("pkg:npm/lib@2.3.0"))).ShouldBeEmpty();
        engine.EvaluateAll().ShouldBeEmpty();
    }
}
