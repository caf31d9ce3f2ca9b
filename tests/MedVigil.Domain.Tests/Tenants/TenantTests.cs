using MedVigil.Domain.Tenants;

namespace MedVigil.Domain.Tests.Tenants;

public sealed class TenantTests
{
    [Theory]
    [InlineData("ab")]
    [InlineData("acme")]
    [InlineData("st-mary-hospital")]
    [InlineData("0day")]
    [InlineData("1234567890123456789012345678901234567890")] // 40 characters
    public void AValidSlugIsAccepted(string slug)
    {
        Tenant.IsValidSlug(slug).ShouldBeTrue();
        Tenant.Create(slug, "Some hospital", Clock.Fake()).Slug.ShouldBe(slug);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a")] // too short
    [InlineData("12345678901234567890123456789012345678901")] // 41 characters
    [InlineData("Acme")] // upper case
    [InlineData("-acme")] // leading hyphen
    [InlineData("acme hospital")]
    [InlineData("acme_hospital")]
    [InlineData("acme.org")]
    [InlineData("café")]
    [InlineData(" acme")]
    public void AnInvalidSlugIsRejected(string? slug)
    {
        Tenant.IsValidSlug(slug).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => Tenant.Create(slug!, "Some hospital", Clock.Fake()))
            .ParamName.ShouldBe("slug");
    }

    /// <summary>
    /// Regression: a regex ending in <c>$</c> also matches before a final "\n", so "acme\n" once passed.
    /// </summary>
    [Fact]
    public void ASlugWithATrailingNewlineIsRejected() =>
        Tenant.IsValidSlug("acme\n").ShouldBeFalse();

    [Fact]
    public void CreateTakesItsIdAndTimeFromTheClockAndTrimsTheName()
    {
        var time = Clock.Fake();

        var tenant = Tenant.Create("acme", "  Acme Hospital  ", time);

        tenant.Name.ShouldBe("Acme Hospital");
        tenant.CreatedAt.ShouldBe(Clock.Start);
        tenant.Id.Version.ShouldBe(7);
    }
}
