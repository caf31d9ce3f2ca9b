using MedVigil.Application.Advisories;

namespace MedVigil.Application.Tests.Advisories;

public sealed class CsafVersionsTests
{
    [Theory]
    [InlineData("10", "9", 1)]
    [InlineData("2", "2", 0)]
    [InlineData("0", "1", -1)]
    [InlineData("1.10.0", "1.9.0", 1)]
    [InlineData("1.0.0-rc.1", "1.0.0", -1)]
    [InlineData("1.0.0+build.7", "1.0.0", 0)]
    [InlineData("2", "1.9.9", 1)]
    [InlineData("1", "1.0.0", 0)]
    public void VersionsCompareAsIntegersOrBySemanticVersioningPrecedence(string left, string right, int expected) =>
        Math.Sign(CsafVersions.Compare(left, right)).ShouldBe(expected);
}
