using MedVigil.Domain.Common;
using MedVigil.Domain.Matching;
using MedVigil.Formats.Csaf;
using MedVigil.Testing;

namespace MedVigil.Matching.Tests.Aliases;

/// <summary>The shipped manufacturer alias table and its rules (ADR 0019).</summary>
public sealed class ManufacturerAliasesTests
{
    private static ManufacturerAliases Shipped => ManufacturerAliases.Shipped;

    [Fact]
    public void Every_shipped_row_resolves_through_itself_to_a_canonical_maker_and_says_where_it_comes_from()
    {
        Shipped.Entries.Count.ShouldBeGreaterThan(40);
        foreach (var entry in Shipped.Entries)
        {
            var product = entry.ProductScope.FirstOrDefault();
            var resolved = Shipped.Resolve(entry.Alias, product);

            resolved.Steps[0].ShouldBe(entry, entry.Explain());
            resolved.Key.ShouldBe(Shipped.Resolve(entry.Canonical, product).Key, entry.Explain());
            Shipped.Resolve(resolved.Name, product).IsAlias.ShouldBeFalse($"{entry.Alias}: the chain ends at a maker that is no alias");
            entry.Note.ShouldNotBeNullOrWhiteSpace($"{entry.Alias}: every row says where its fact comes from");
            entry.Origin.ShouldBe(ManufacturerAliasEntry.ShippedOrigin);
            if (entry.Kind == ManufacturerAliasKind.Lineage)
            {
                entry.Since.ShouldNotBeNull($"{entry.Alias}: a lineage row says since when");
            }
        }
    }

    [Theory]
    [InlineData("Philips Medical Systems", null, "Philips")]
    [InlineData("PHILIPS MEDICAL SYSTEMS, INC.", null, "Philips")]
    [InlineData("BD", null, "Becton Dickinson")]
    [InlineData("Becton, Dickinson and Company", null, "Becton Dickinson")]
    [InlineData("Becton, Dickinson & Company (BD)", null, "Becton Dickinson")]
    [InlineData("B. Braun Melsungen AG", null, "B. Braun")]
    [InlineData("CareFusion", null, "Becton Dickinson")]
    [InlineData("Alaris", null, "Becton Dickinson")]
    [InlineData("Pyxis", null, "Becton Dickinson")]
    [InlineData("Cardinal Health", "Pyxis MedStation ES", "Becton Dickinson")]
    [InlineData("Cardinal Health", "Kendall SCD 700", "Cardinal Health")]
    [InlineData("Hospira", "Plum 360", "ICU Medical")]
    [InlineData("Hospira", "LifeCare PCA", "ICU Medical")]
    [InlineData("Hospira", "Hospira MedNet", "ICU Medical")]
    [InlineData("Hospira", "Precedex", "Hospira")]
    [InlineData("Hospira", null, "Hospira")]
    [InlineData("Smiths Medical", null, "ICU Medical")]
    [InlineData("Hill-Rom", null, "Baxter")]
    [InlineData("Hillrom", null, "Baxter")]
    [InlineData("Welch Allyn", null, "Baxter")]
    [InlineData("Covidien", null, "Medtronic")]
    [InlineData("St. Jude Medical", null, "Abbott")]
    [InlineData("Varian", null, "Siemens Healthineers")]
    [InlineData("Capsule Technologies", null, "Philips")]
    [InlineData("GE Healthcare", null, "GE HealthCare")]
    [InlineData("Draeger", null, "Dräger")]
    public void The_issue_cases_resolve(string manufacturer, string? product, string canonical) =>
        Shipped.Resolve(manufacturer, product).Name.ShouldBe(canonical);

    [Fact]
    public void Resolution_explains_itself()
    {
        Shipped.Explain("BD").ShouldBe("'BD' is an alias of 'Becton Dickinson' (shipped table)");
        Shipped.Explain("CareFusion").ShouldStartWith("'CareFusion' became part of BD in 2015 (shipped table); 'BD' is an alias of 'Becton Dickinson'");
        Shipped.Explain("Hospira", "Plum A+").ShouldBe("'Hospira' became part of ICU Medical in 2017 for Plum, LifeCare, Symbiq, Sapphire, MedNet, GemStar (shipped table)");
        Shipped.Explain("Stryker").ShouldBe("'Stryker' is a manufacturer name of its own (no alias applies)");
    }

    [Fact]
    public void Draeger_and_GE_spellings_meet_whichever_way_they_are_written()
    {
        Shipped.Resolve("Dräger").Key.ShouldBe(Shipped.Resolve("Draeger Medical").Key);
        Shipped.Resolve("GE HealthCare").Key.ShouldBe(Shipped.Resolve("General Electric (GE)").Key);
        Shipped.Resolve("GE Healthcare").IsAlias.ShouldBeFalse("the two spellings are one name once normalised");
    }

    [Fact]
    public void A_product_scoped_row_needs_its_family_as_whole_words()
    {
        Shipped.Resolve("Hospira", "Plumbing kit").Name.ShouldBe("Hospira");
        Shipped.Resolve("Silex Technology and GE Healthcare", "GEH-SD-320AN").Name.ShouldBe("GE HealthCare");
        Shipped.Resolve("Silex Technology and GE Healthcare", "SD-320AN").Name.ShouldBe("Silex Technology");
    }

    [Fact]
    public void A_tenant_row_extends_the_table_and_says_so()
    {
        var table = Shipped.Extend([ManufacturerAliasEntry.ForTenant("Acme Infusion Service", "CareFusion", note: "our service contractor's name on asset tags")]).Value;

        table.Resolve("ACME Infusion Service Ltd").Name.ShouldBe("Becton Dickinson");
        table.Explain("Acme Infusion Service").ShouldStartWith("'Acme Infusion Service' is an alias of 'CareFusion' (tenant table); 'CareFusion' became part of BD in 2015");
        Shipped.Resolve("Acme Infusion Service").IsAlias.ShouldBeFalse("the shipped table is unchanged");
    }

    [Fact]
    public void The_fingerprint_changes_with_what_the_rows_map_not_with_their_order_or_notes()
    {
        var one = ManufacturerAliasEntry.ForTenant("Acme", "Baxter", note: "a");
        var two = ManufacturerAliasEntry.ForTenant("Zeta Pumps", "Stryker");

        var table = Shipped.Extend([one, two]).Value;

        table.Fingerprint.ShouldBe(Shipped.Extend([two, one with { Note = "b" }]).Value.Fingerprint);
        table.Fingerprint.ShouldNotBe(Shipped.Fingerprint);
        table.Fingerprint.ShouldNotBe(Shipped.Extend([one]).Value.Fingerprint);
        ManufacturerAliases.None.Fingerprint.Length.ShouldBe(64);
    }

    [Fact]
    public void A_tenant_row_cannot_re_point_a_shipped_alias()
    {
        var result = Shipped.Extend([ManufacturerAliasEntry.ForTenant("BD", "Baxter")]);

        result.Error!.Kind.ShouldBe(ErrorKind.Conflict);
        result.Error.Code.ShouldBe("alias_conflict");
        result.Error.Message.ShouldBe("Row 'BD' → 'Baxter' (tenant table): 'BD' is already an alias of 'Becton Dickinson' (shipped table); an alias cannot point at a second maker for the same products.");
    }

    [Fact]
    public void A_tenant_row_that_closes_a_cycle_is_refused_with_the_path()
    {
        var result = Shipped.Extend([ManufacturerAliasEntry.ForTenant("Becton Dickinson", "Alaris")]);

        result.Error!.Code.ShouldBe("alias_cycle");
        result.Error.Message.ShouldBe("Row 'Becton Dickinson' → 'Alaris' (tenant table) would make a cycle: becton dickinson → alaris → carefusion → bd → becton dickinson.");
    }

    [Fact]
    public void Rows_that_say_nothing_are_refused_and_rows_that_repeat_a_fact_are_harmless()
    {
        Shipped.Extend([ManufacturerAliasEntry.ForTenant("GE Healthcare", "GE HealthCare")]).Error!.Kind.ShouldBe(ErrorKind.Validation);
        Shipped.Extend([ManufacturerAliasEntry.ForTenant("®", "Baxter")]).Error!.Fields.Single().Field.ShouldBe("alias");
        Shipped.Extend([ManufacturerAliasEntry.ForTenant("Hill Rom", "Baxter")]).Value.Entries.Count.ShouldBe(Shipped.Entries.Count);
    }

    [Fact]
    public void A_tenant_row_for_every_product_does_not_override_a_scoped_lineage()
    {
        var table = Shipped.Extend([ManufacturerAliasEntry.ForTenant("Hospira", "Pfizer")]).Value;

        table.Resolve("Hospira", "Plum 360").Name.ShouldBe("ICU Medical");
        table.Resolve("Hospira", "Precedex").Name.ShouldBe("Pfizer");
    }

    // Every vendor spelling of the real ICSMA advisories, and the maker it is read as. Joint names of several makers
    // (URGENT/11 stacks, BMC/3B) stay as written: no single maker is right for them.
    [Fact]
    public void Every_icsma_vendor_spelling_resolves_to_its_maker()
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Abbott Laboratories"] = "Abbott", ["AliveCor"] = "AliveCor", ["B. Braun"] = "B. Braun", ["B. Braun Medical"] = "B. Braun",
            ["B. Braun Melsungen AG"] = "B. Braun", ["BIOTRONIK"] = "BIOTRONIK", ["BMC Medical, 3B Medical"] = "BMC Medical, 3B Medical",
            ["Baxter"] = "Baxter", ["BeaconMedaes"] = "BeaconMedaes", ["Becton, Dickinson and Company (BD)"] = "Becton Dickinson",
            ["Boston Scientific"] = "Boston Scientific", ["Capsule Technologies"] = "Philips", ["Carestream"] = "Carestream",
            ["Change Healthcare"] = "Change Healthcare", ["Contec Health"] = "Contec Health", ["Dräger"] = "Dräger",
            ["ENEA, Green Hills Software, ITRON, IP Infusion, and Wind River"] = "ENEA, Green Hills Software, ITRON, IP Infusion, and Wind River",
            ["Fresenius Kabi"] = "Fresenius Kabi", ["Fujifilm"] = "Fujifilm", ["GE Healthcare"] = "GE HealthCare", ["General Electric (GE)"] = "GE HealthCare",
            ["Hamilton Medical AG"] = "Hamilton Medical AG", ["Hillrom"] = "Baxter", ["Hillrom and ELI, Baxter International Inc."] = "Baxter",
            ["Illumina"] = "Illumina", ["Innokas YhtymÃ¤ Oy"] = "Innokas YhtymÃ¤ Oy", ["Insulet"] = "Insulet", ["Johnson & Johnson"] = "Johnson & Johnson",
            ["LifePoint Informatics"] = "LifePoint Informatics", ["Medtronic"] = "Medtronic", ["Medtronic "] = "Medtronic", ["Natus Medical, Inc. (Natus)"] = "Natus Medical",
            ["OFFIS"] = "OFFIS", ["OpenClinic GA"] = "OpenClinic GA", ["Philips"] = "Philips", ["Phillips"] = "Philips", ["Qualcomm Life"] = "Philips",
            ["Roche Diagnostics"] = "Roche Diagnostics", ["SOOIL Developments Co, Ltd."] = "SOOIL Developments Co, Ltd.", ["Santesoft"] = "Santesoft",
            ["Siemens"] = "Siemens Healthineers", ["Smiths Medical"] = "ICU Medical", ["Softneta"] = "Softneta", ["Spacelabs"] = "Spacelabs",
            ["St. Jude Medical"] = "Abbott", ["Stryker"] = "Stryker", ["Swisslog Healthcare"] = "Swisslog Healthcare", ["Vyaire Medical"] = "Vyaire Medical",
            ["Ypsomed"] = "Ypsomed", ["ZOLL"] = "ZOLL", ["i-SENS Inc"] = "i-SENS Inc",
        };
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SharedData.Path("icsma"), "*.json", SearchOption.AllDirectories))
        {
            foreach (var product in CsafReader.Read(file).Document!.ProductTree.Products)
            {
                foreach (var vendor in product.BranchPath.Where(b => b.Category == "vendor"))
                {
                    seen.Add(vendor.Name);
                    var name = product.BranchPath.LastOrDefault(b => b.Category == "product_name")?.Name;
                    if (vendor.Name.StartsWith("Silex", StringComparison.Ordinal))
                    {
                        Shipped.Resolve(vendor.Name, name).Name.ShouldBe(name!.StartsWith("GEH", StringComparison.Ordinal) ? "GE HealthCare" : "Silex Technology");
                        continue;
                    }

                    expected.ShouldContainKey(vendor.Name);
                    Shipped.Resolve(vendor.Name, name).Name.ShouldBe(expected[vendor.Name].Trim(), $"{vendor.Name} / {name}");
                }
            }
        }

        seen.Count.ShouldBeGreaterThanOrEqualTo(50);
    }
}
