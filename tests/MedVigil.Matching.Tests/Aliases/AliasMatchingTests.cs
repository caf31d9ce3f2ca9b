using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Formats.Csaf;
using static MedVigil.Matching.Tests.Documents;

namespace MedVigil.Matching.Tests.Aliases;

/// <summary>Devices matched across manufacturer aliases and brand lineage (ADR 0019), with the near-miss guard intact.</summary>
public sealed class AliasMatchingTests
{
    private static StatementSet Advisory(string vendor, string product, string versions = "<= 9.33") =>
        CsafStatements.Convert(Csaf(CsafSamples.Advisory(product, versions, "known_affected", vendor: vendor)));

    private static IReadOnlyList<MatchFinding> Match(StatementSet set, DeviceFacts device, ManufacturerAliases? aliases = null)
    {
        var engine = new MatchingEngine(aliases);
        engine.LoadStatements(set);
        engine.LoadTarget(new MatchTarget("device", [], device));
        return engine.EvaluateAll();
    }

    [Fact]
    public void A_lineage_alias_matches_and_the_explanation_names_it()
    {
        var finding = Match(Advisory("Becton, Dickinson and Company (BD)", "Alaris PC"), new DeviceFacts("CareFusion Corp.", "Alaris PC", null, "9.19")).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.Affected);
        finding.Explanation.Identifiers.ShouldBe(
            "manufacturer 'CareFusion Corp.' and model 'Alaris PC' are Becton, Dickinson and Company (BD) Alaris PC (manufacturer aliases: "
            + "'CareFusion' became part of BD in 2015 (shipped table); 'BD' is an alias of 'Becton Dickinson' (shipped table); "
            + "'Becton, Dickinson and Company (BD)' is an alias of 'Becton Dickinson' (shipped table))");
    }

    [Fact]
    public void Names_written_the_same_need_no_alias_in_the_explanation()
    {
        var finding = Match(Advisory("Becton, Dickinson and Company (BD)", "Alaris PC"), new DeviceFacts("Becton, Dickinson & Company (BD)", "Alaris PC", null, "9.19")).ShouldHaveSingleItem();

        finding.Explanation.Identifiers.ShouldNotContain("alias");
    }

    [Fact]
    public void Without_the_table_a_lineage_name_does_not_match()
    {
        Match(Advisory("Becton, Dickinson and Company (BD)", "Alaris PC"), new DeviceFacts("CareFusion", "Alaris PC", null, "9.19"), ManufacturerAliases.None).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Hospira", "Plum 360", FindingStatus.Affected)]
    [InlineData("Hospira Inc.", "LifeCare PCA", FindingStatus.Affected)]
    [InlineData("Pfizer", "Plum 360", null)]
    public void Hospira_infusion_products_are_icu_medical(string manufacturer, string model, FindingStatus? expected)
    {
        var findings = Match(Advisory("ICU Medical", model, "< 15.1"), new DeviceFacts(manufacturer, model, null, "15.0"));

        if (expected is null)
        {
            findings.ShouldBeEmpty();
            return;
        }

        var finding = findings.ShouldHaveSingleItem();
        finding.Status.ShouldBe(expected.Value);
        finding.Explanation.Identifiers.ShouldContain("'Hospira' became part of ICU Medical in 2017 for Plum, LifeCare");
    }

    [Fact]
    public void Hospira_products_outside_the_infusion_families_stay_hospira()
    {
        Match(Advisory("ICU Medical", "Clave"), new DeviceFacts("Hospira", "Clave", null, "1.0")).ShouldBeEmpty();
        Match(Advisory("Hospira", "Clave"), new DeviceFacts("Hospira", "Clave", null, "1.0")).ShouldHaveSingleItem().Status.ShouldBe(FindingStatus.Affected);
    }

    [Theory]
    [InlineData("Alaris TIVO", "'alaris tivo' differs from 'alaris tiva' by 1 character(s)")]
    [InlineData("Alaris TIVA Syringe", "differ only by the word(s) 'syringe'")]
    public void A_lookalike_name_through_an_alias_is_under_investigation_never_a_finding(string model, string reason)
    {
        var finding = Match(Advisory("Becton, Dickinson and Company (BD)", "Alaris TIVA"), new DeviceFacts("CareFusion", model, null, "2.0")).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.UnderInvestigation);
        finding.Explanation.Comparison.ShouldContain(reason);
        finding.Explanation.Identifiers.ShouldContain("'CareFusion' became part of BD in 2015");
    }

    [Fact]
    public void A_decoy_from_another_maker_with_the_same_product_name_is_not_matched()
    {
        Match(Advisory("Becton, Dickinson and Company (BD)", "Alaris PC"), new DeviceFacts("Baxter", "Alaris PC", null, "9.19")).ShouldBeEmpty();
        Match(Advisory("Smiths Medical", "Medfusion 4000"), new DeviceFacts("Covidien", "Medfusion 4000", null, "9.19")).ShouldBeEmpty();
    }

    [Fact]
    public void A_model_number_pattern_matches_across_an_alias()
    {
        var set = CsafStatements.Convert(Csaf(CsafSamples.Advisory("Infusion pump", "< 4.1", "known_affected", modelNumbers: ["8015?-??V2*"])));

        var finding = Match(set, new DeviceFacts("Alaris Medical Systems", "Something else", "80152-ABV2-EU", "4.0")).ShouldHaveSingleItem();

        finding.Explanation.Identifiers.ShouldStartWith("model number '80152-ABV2-EU' matches 8015?-??V2* (manufacturer aliases: 'Alaris Medical Systems' became part of CareFusion in 2009");
    }

    [Fact]
    public void A_tenant_alias_matches_and_is_named_as_the_tenant_s()
    {
        var aliases = ManufacturerAliases.Shipped.Extend([ManufacturerAliasEntry.ForTenant("Acme Biomed Services", "Smiths Medical")]).Value;

        var finding = Match(Advisory("ICU Medical", "Medfusion 4000", "< 1.6.1"), new DeviceFacts("ACME Biomed Services", "Medfusion 4000", null, "1.5"), aliases).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.Affected);
        finding.Explanation.Identifiers.ShouldContain("'Acme Biomed Services' is an alias of 'Smiths Medical' (tenant table); 'Smiths Medical' became part of ICU Medical in 2022");
    }

    [Fact]
    public void A_new_advisory_reaches_devices_written_under_another_name()
    {
        var engine = new MatchingEngine();
        engine.LoadTarget(new MatchTarget("device", [], new DeviceFacts("Hill-Rom", "Welch Allyn Connex Spot Monitor", null, "1.0")));
        engine.EvaluateAll().ShouldBeEmpty();

        var findings = engine.AddStatements(Advisory("Baxter International Inc.", "Welch Allyn Connex Spot Monitor", "< 1.52"));

        findings.ShouldHaveSingleItem().Status.ShouldBe(FindingStatus.Affected);
    }

    // Real ICSMA-18-235-01: BD Alaris TIVA <= 2.3.6, found on an inventory that still says CareFusion.
    [Fact]
    public void Icsma_18_235_01_on_a_carefusion_inventory()
    {
        var set = CsafStatements.Convert(IcsmaFile("2018", "icsma-18-235-01"));

        var finding = Match(set, new DeviceFacts("CareFusion", "Alaris TIVA", null, "2.3.6")).ShouldHaveSingleItem();

        finding.VulnerabilityId.ShouldBe("CVE-2018-14786");
        finding.Status.ShouldBe(FindingStatus.Affected);
        finding.Explanation.Identifiers.ShouldContain("'CareFusion' became part of BD in 2015");
    }
}
