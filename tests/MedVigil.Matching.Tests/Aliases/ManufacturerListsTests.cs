using MedVigil.Domain.Matching;

namespace MedVigil.Matching.Tests.Aliases;

/// <summary>Vendor names that list several makers, and names whose commas belong to one legal name.</summary>
public sealed class ManufacturerListsTests
{
    [Fact]
    public void A_vendor_listing_several_makers_is_each_of_them() =>
        ManufacturerLists.Makers("ENEA, Green Hills Software, ITRON, IP Infusion, and Wind River", ManufacturerAliases.Shipped)
            .ShouldBe(["ENEA", "Green Hills Software", "ITRON", "IP Infusion", "Wind River"]);

    [Theory]
    [InlineData("Becton, Dickinson and Company (BD)")]
    [InlineData("Natus Medical, Inc. (Natus)")]
    [InlineData("SOOIL Developments Co, Ltd.")]
    [InlineData("Smiths Medical ASD, Inc.")]
    [InlineData("Silex Technology and GE Healthcare")]
    [InlineData("Hillrom and ELI, Baxter International Inc.")]
    [InlineData("Johnson & Johnson")]
    [InlineData("Medtronic")]
    public void A_legal_name_or_a_name_the_alias_table_knows_is_one_maker(string vendor) =>
        ManufacturerLists.Makers(vendor, ManufacturerAliases.Shipped).ShouldBe([vendor]);

    [Theory]
    [InlineData("Biotronik SE & Co. KG", "biotronik")]
    [InlineData("Drägerwerk AG & Co. KGaA", "dragerwerk")]
    [InlineData("Becton, Dickinson and Company", "becton dickinson and")]
    public void And_co_is_part_of_the_legal_form(string name, string normalised) =>
        ProductNames.NormaliseManufacturer(name).ShouldBe(normalised);

    [Fact]
    public void Smiths_medical_asd_is_smiths_medical() =>
        ManufacturerAliases.Shipped.Resolve("Smiths Medical ASD, Inc.").Key.ShouldBe(ManufacturerAliases.Shipped.Resolve("Smiths Medical").Key);
}
