using MedVigil.Domain.Catalog;

namespace MedVigil.Domain.Tests.Catalog;

public sealed class CatalogTests
{
    private static readonly Guid TenantId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");

    [Theory]
    [InlineData("B. Braun", "B. BRAUN")]
    [InlineData("b. braun", "B. BRAUN")]
    [InlineData("  b.   braun  ", "B. BRAUN")]
    [InlineData("GE\tHealthcare\n", "GE HEALTHCARE")]
    [InlineData("Philips", "PHILIPS")]
    public void ManufacturerNamesNormaliseToOneSpacedUpperCaseForm(string name, string normalized) =>
        Manufacturer.Normalize(name).ShouldBe(normalized);

    [Fact]
    public void AManufacturerKeepsItsNameAsWrittenBesideTheNormalisedOne()
    {
        var maker = Manufacturer.Create(TenantId, " B.  Braun ", Clock.Fake());

        maker.Name.ShouldBe("B.  Braun");
        maker.NormalizedName.ShouldBe("B. BRAUN");
        maker.TenantId.ShouldBe(TenantId);
    }

    [Fact]
    public void AManufacturerNeedsATenantAndAName()
    {
        Should.Throw<ArgumentException>(() => Manufacturer.Create(Guid.Empty, "Acme", Clock.Fake()));
        Should.Throw<ArgumentException>(() => Manufacturer.Create(TenantId, "   ", Clock.Fake()));
        Should.Throw<ArgumentException>(() => Manufacturer.Create(TenantId, new string('x', 201), Clock.Fake()));
    }

    [Theory]
    // current model number, learnt number, expected result, model number afterwards
    [InlineData(null, "IM-300", true, "IM-300")]
    [InlineData(null, "  IM-300  ", true, "IM-300")]
    [InlineData(null, null, true, null)]
    [InlineData(null, "   ", true, null)]
    [InlineData("IM-300", "IM-300", true, "IM-300")]
    [InlineData("IM-300", "im-300", true, "IM-300")]
    [InlineData("IM-300", null, true, "IM-300")]
    [InlineData("IM-300", "IM-400", false, "IM-300")]
    public void AModelNumberIsLearntOnceAndAConflictIsRefused(
        string? current, string? learnt, bool accepted, string? afterwards)
    {
        var time = Clock.Fake();
        var model = DeviceModel.Create(Manufacturer.Create(TenantId, "Acme", time), "InfuseMax", current, time);

        model.TryLearnModelNumber(learnt).ShouldBe(accepted);

        model.ModelNumber.ShouldBe(afterwards);
    }

    [Fact]
    public void ADeviceModelBelongsToItsManufacturersTenant()
    {
        var time = Clock.Fake();
        var maker = Manufacturer.Create(TenantId, "Acme", time);

        var model = DeviceModel.Create(maker, " InfuseMax ", " ", time);

        model.TenantId.ShouldBe(TenantId);
        model.ManufacturerId.ShouldBe(maker.Id);
        model.Name.ShouldBe("InfuseMax");
        model.ModelNumber.ShouldBeNull();
    }
}
