using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;
using static MedVigil.Matching.Tests.Engines;

namespace MedVigil.Matching.Tests.Engine;

/// <summary>The precedence rules of ADR 0018, on hand-built statements.</summary>
public sealed class PrecedenceTests
{
    private static readonly PurlProduct Lib = PurlProducts.Create("npm", null, "lib")!;

    internal static AffectedStatement Statement(string range, FindingStatus status, StatementSourceKind kind = StatementSourceKind.Osv, VexAnalysis? analysis = null, string id = "CVE-2024-0001") =>
        new(VulnerabilityIds.From(id, []), Lib, VersionConstraint.Of(VersRange.ParseLenient(range), null, new Dictionary<string, string>(StringComparer.Ordinal) { ["2.3.0"] = "fixed" }),
            status, analysis, new StatementProvenance(kind, "ADV-1", null, "", "/x"));

    private static StatementSet Set(params AffectedStatement[] statements) => new(statements, [], []);

    [Fact]
    public void Vex_not_affected_suppresses_affected_and_keeps_its_justification()
    {
        var vex = new VexAnalysis(AnalysisState.NotAffected, Justification.CodeNotReachable, "vulnerable_code_not_in_execute_path", [], "never called");
        var set = Set(Statement("vers:npm/<2.3.0", FindingStatus.Affected), Statement("vers:npm/2.1.0", FindingStatus.NotAffected, StatementSourceKind.OpenVex, vex));

        var finding = Evaluate(set, Target("mv", Purl("pkg:npm/lib@2.1.0"))).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.NotAffected);
        finding.Analysis!.Justification.ShouldBe(Justification.CodeNotReachable);
        finding.Analysis.Detail.ShouldBe("never called");
        finding.AlsoApplied.ShouldHaveSingleItem().Comparison.ShouldBe("2.1.0 < 2.3.0 fixed (npm)");
    }

    [Fact]
    public void Vex_not_affected_for_another_version_does_not_suppress()
    {
        var vex = new VexAnalysis(AnalysisState.NotAffected, Justification.CodeNotPresent, null, [], null);
        var set = Set(Statement("vers:npm/<2.3.0", FindingStatus.Affected), Statement("vers:npm/2.0.0", FindingStatus.NotAffected, StatementSourceKind.OpenVex, vex));

        Evaluate(set, Target("mv", Purl("pkg:npm/lib@2.1.0"))).ShouldHaveSingleItem().Status.ShouldBe(FindingStatus.Affected);
    }

    [Fact]
    public void Fixed_beats_affected_for_the_same_version()
    {
        var set = Set(Statement("vers:npm/<=2.3.0", FindingStatus.Affected), Statement("vers:npm/>=2.2.0", FindingStatus.Fixed, StatementSourceKind.Csaf));

        var finding = Evaluate(set, Target("mv", Purl("pkg:npm/lib@2.2.1"))).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.Fixed);
        finding.AlsoApplied.Count.ShouldBe(1);
    }

    [Fact]
    public void Affected_beats_under_investigation()
    {
        var set = Set(Statement("vers:npm/<2.3.0", FindingStatus.Affected), Statement("vers:npm/*", FindingStatus.UnderInvestigation, StatementSourceKind.OpenVex));

        Evaluate(set, Target("mv", Purl("pkg:npm/lib@2.1.0"))).ShouldHaveSingleItem().Status.ShouldBe(FindingStatus.Affected);
    }

    [Fact]
    public void The_explanation_names_statement_identifiers_comparison_and_source()
    {
        var finding = Evaluate(Set(Statement("vers:npm/>=2.0.0|<2.3.0", FindingStatus.Affected)), Target("mv", Purl("pkg:npm/lib@2.1.0"))).ShouldHaveSingleItem();

        finding.Explanation.Comparison.ShouldBe("2.1.0 >= 2.0.0 and 2.1.0 < 2.3.0 fixed (npm)");
        finding.Explanation.Identifiers.ShouldBe("purl pkg:npm/lib@2.1.0 is package pkg:npm/lib");
        finding.Explanation.Source.AdvisoryId.ShouldBe("ADV-1");
        finding.Explanation.Statement.ShouldContain("CVE-2024-0001");
    }

    [Fact]
    public void Semver_pre_release_orders_before_its_release()
    {
        var set = Set(Statement("vers:npm/<2.3.0", FindingStatus.Affected));

        Evaluate(set, Target("mv", Purl("pkg:npm/lib@2.3.0-rc.1"))).ShouldHaveSingleItem();
        Evaluate(set, Target("mv", Purl("pkg:npm/lib@2.3.0"))).ShouldBeEmpty();
    }

    [Fact]
    public void A_version_the_scheme_cannot_read_is_under_investigation_with_the_reason()
    {
        var finding = Evaluate(Set(Statement("vers:npm/<2.3.0", FindingStatus.Affected)), Target("mv", Purl("pkg:npm/lib@not-a-version"))).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.UnderInvestigation);
        finding.Explanation.Comparison.ShouldContain("cannot be read as npm");
    }

    [Fact]
    public void Versions_are_compared_under_the_statement_scheme()
    {
        VersionSchemes.Pypi.Compare("1.0.0.post1", "1.0.0").ShouldBePositive();
        var pypi = new AffectedStatement(VulnerabilityIds.From("CVE-2024-0002", []), PurlProducts.Create("pypi", null, "Foo_Bar")!,
            VersionConstraint.Of(VersRange.ParseLenient("vers:pypi/<1.0.1")), FindingStatus.Affected, null, new StatementProvenance(StatementSourceKind.Osv, "X", null, "", ""));

        // PEP 503 name normalisation and PEP 440 version normalisation (1.0.0-post1 = 1.0.0.post1).
        Evaluate(Set(pypi), Target("mv", Purl("pkg:pypi/foo-bar@1.0.0-post1"))).ShouldHaveSingleItem();
    }
}
