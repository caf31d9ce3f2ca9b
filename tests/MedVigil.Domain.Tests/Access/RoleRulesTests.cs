using MedVigil.Domain.Access;

namespace MedVigil.Domain.Tests.Access;

public sealed class RoleRulesTests
{
    [Theory]
    [InlineData(Role.Admin, true, true)]
    [InlineData(Role.SecurityAnalyst, true, false)]
    [InlineData(Role.ClinicalEngineer, true, false)]
    [InlineData(Role.ProductSecurity, true, false)]
    [InlineData(Role.Auditor, false, false)]
    [InlineData(Role.Viewer, false, false)]
    public void EachRoleWritesAndAdministersAsDocumented(Role role, bool canWrite, bool canAdminister)
    {
        role.CanWrite().ShouldBe(canWrite);
        role.CanAdminister().ShouldBe(canAdminister);
    }

    [Fact]
    public void TheTableAboveCoversEveryRole() =>
        Enum.GetValues<Role>().ShouldBe(
            [Role.Admin, Role.SecurityAnalyst, Role.ClinicalEngineer, Role.ProductSecurity, Role.Auditor, Role.Viewer],
            ignoreOrder: true);

    [Theory]
    [InlineData("Admin", Role.Admin)]
    [InlineData("admin", Role.Admin)]
    [InlineData("ADMIN", Role.Admin)]
    [InlineData("security-analyst", Role.SecurityAnalyst)]
    [InlineData("SecurityAnalyst", Role.SecurityAnalyst)]
    [InlineData("clinical-engineer", Role.ClinicalEngineer)]
    [InlineData("Product-Security", Role.ProductSecurity)]
    [InlineData("auditor", Role.Auditor)]
    [InlineData("viewer", Role.Viewer)]
    public void TryParseToleratesCaseAndHyphens(string text, Role expected)
    {
        RoleRules.TryParse(text, out var role).ShouldBeTrue();
        role.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("root")]
    [InlineData("security analyst")]
    [InlineData("99")]
    public void TryParseRejectsAnUnknownRole(string? text) => RoleRules.TryParse(text, out _).ShouldBeFalse();

    /// <summary>
    /// Regression: RoleRules.TryParse was Enum.TryParse, which also takes numbers ("0" is Admin; "-1" loses its
    /// hyphen and becomes SecurityAnalyst) and comma lists, which it ORs together
    /// ("security-analyst,clinical-engineer" is ProductSecurity; "admin,viewer" is Viewer).
    /// </summary>
    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("admin,viewer")]
    [InlineData("security-analyst,clinical-engineer")]
    public void TryParseRejectsNumbersAndListsOfRoles(string text)
    {
        var parsed = RoleRules.TryParse(text, out var role);

        parsed.ShouldBeFalse($"'{text}' was read as {role}");
    }
}
