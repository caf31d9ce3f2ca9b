using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Formats.Csaf;
using static MedVigil.Matching.Tests.Documents;

namespace MedVigil.Matching.Tests.Devices;

/// <summary>Devices without SBOMs matched on manufacturer, model, model number and software version.</summary>
public sealed class DeviceMatchingTests
{
    private const string Bd = "Becton, Dickinson and Company (BD)";

    private static IReadOnlyList<MatchFinding> Match(StatementSet set, DeviceFacts device) =>
        Engines.Evaluate(set, new MatchTarget("device", [], device));

    // Real ICSMA-18-235-01: BD Alaris TIVA "<= 2.3.6" (vls without prefix).
    [Theory]
    [InlineData("2.3.6", FindingStatus.Affected)]
    [InlineData("2.3.5", FindingStatus.Affected)]
    [InlineData("V2.3.6", FindingStatus.Affected)]
    [InlineData("2.3.7", null)]
    public void Icsma_18_235_01_alaris_tiva_by_version(string version, FindingStatus? expected)
    {
        var set = CsafStatements.Convert(IcsmaFile("2018", "icsma-18-235-01"));

        var findings = Match(set, new DeviceFacts("Becton, Dickinson & Company (BD)", "Alaris® TIVA", null, version));

        if (expected is null)
        {
            findings.ShouldBeEmpty();
        }
        else
        {
            var finding = findings.ShouldHaveSingleItem();
            finding.Status.ShouldBe(expected.Value);
            finding.VulnerabilityId.ShouldBe("CVE-2018-14786");
            finding.Explanation.Source.AdvisoryId.ShouldBe("ICSMA-18-235-01");
        }
    }

    [Fact]
    public void A_lookalike_name_is_under_investigation_with_the_reason()
    {
        var set = CsafStatements.Convert(IcsmaFile("2018", "icsma-18-235-01"));

        var finding = Match(set, new DeviceFacts(Bd, "Alaris TIVO", null, "2.0")).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.UnderInvestigation);
        finding.Explanation.Comparison.ShouldContain("near-miss name: 'alaris tivo' differs from 'alaris tiva' by 1 character(s)");
    }

    [Fact]
    public void Alaris_pc_is_not_alaris_pump_module()
    {
        var set = CsafStatements.Convert(Csaf(CsafSamples.Advisory("Alaris PC", "<= 9.33", "known_affected")));

        Match(set, new DeviceFacts(Bd, "Alaris Pump Module", null, "9.19")).ShouldBeEmpty();
        Match(set, new DeviceFacts(Bd, "Alaris PC", null, "9.19")).ShouldHaveSingleItem().Status.ShouldBe(FindingStatus.Affected);
    }

    [Fact]
    public void A_model_number_pattern_matches_with_wildcards()
    {
        var set = CsafStatements.Convert(Csaf(CsafSamples.Advisory("Infusion pump", "< 4.1", "known_affected", modelNumbers: ["8015?-??V2*"])));

        var finding = Match(set, new DeviceFacts(Bd, "Something else", "80152-ABV2-EU", "4.0")).ShouldHaveSingleItem();

        finding.Explanation.Identifiers.ShouldBe("model number '80152-ABV2-EU' matches 8015?-??V2*");
        Match(set, new DeviceFacts(Bd, "Something else", "80152-ABV3", "4.0")).ShouldBeEmpty();
    }

    [Fact]
    public void A_fixed_version_named_in_a_remediation_beats_the_affected_range()
    {
        var set = CsafStatements.Convert(Csaf(CsafSamples.Advisory("Alaris PC", "vers:all/*", "known_affected", remediation: "Update the PC unit to version 12.1.3 or later.")));

        Match(set, new DeviceFacts(Bd, "Alaris PC", null, "12.1.3")).ShouldHaveSingleItem().Status.ShouldBe(FindingStatus.Fixed);
        Match(set, new DeviceFacts(Bd, "Alaris PC", null, "12.1.2")).ShouldHaveSingleItem().Status.ShouldBe(FindingStatus.Affected);
    }

    [Fact]
    public void Known_not_affected_from_the_vendor_keeps_the_flag()
    {
        var set = CsafStatements.Convert(Csaf(CsafSamples.Advisory("Alaris PC", "vers:all/*", "known_not_affected", flag: "vulnerable_code_not_present")));

        var finding = Match(set, new DeviceFacts(Bd, "Alaris PC", null, "1.0")).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.NotAffected);
        finding.Analysis!.Justification.ShouldBe(Justification.CodeNotPresent);
    }

    [Fact]
    public void An_unreadable_version_is_under_investigation()
    {
        var set = CsafStatements.Convert(Csaf(CsafSamples.Advisory("Assurity", "< august 28", "known_affected")));

        var finding = Match(set, new DeviceFacts(Bd, "Assurity", null, "1.0")).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.UnderInvestigation);
        finding.Explanation.Comparison.ShouldContain("'< august 28' cannot be read");
    }
}
