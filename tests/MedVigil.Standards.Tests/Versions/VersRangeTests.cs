using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Tests.Versions;

public sealed class VersRangeTests
{
    [Theory]
    [InlineData("vers:npm/1.2.3|>=2.0.0|<5.0.0")]
    [InlineData("vers:gem/>=2.2.0|!=2.2.1|<2.3.0")]
    [InlineData("vers:deb/>=2:9.0.0|<2:9.1.0")]
    [InlineData("vers:pypi/*")]
    [InlineData("vers:firmware/>=V4.00_12|<4.1%20SP2")]
    public void ACanonicalVersParsesAndPrintsBackIdentically(string text)
    {
        VersRange.Parse(text).ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("vers:npm/>=1.0.0| <2.0.0", 17, "whitespace")]
    [InlineData("VERS:npm/1.0.0", 0, "lower case")]
    [InlineData("vers:npm", 8, "'/'")]
    [InlineData("vers:NPM/1.0.0", 5, "lower case")]
    [InlineData("vers:npm/=1.0.0", 9, "implicit")]
    [InlineData("vers:npm/|1.0.0", 9, "leading pipe")]
    [InlineData("vers:npm/1.0.0||2.0.0", 14, "consecutive pipes")]
    [InlineData("vers:npm/>=2.0.0|<1.0.0", 17, "not sorted")]
    [InlineData("vers:npm/1.0.0|1.0.0", 15, "more than once")]
    [InlineData("vers:npm/1.0.0|<2.0.0", 15, "equality is followed only by")]
    [InlineData("vers:npm/>=1.0.0|>=2.0.0", 17, "alternate")]
    [InlineData("vers:npm/*|1.0.0", 9, "stand alone")]
    [InlineData("vers:debian/1.0", 5, "write 'deb'")]
    [InlineData("vers:invalid/1.0", 5, "reserved")]
    [InlineData("vers:npm/1.0.0-", 15, "not a valid npm version")]
    [InlineData("vers:npm/1.0%2e0", 12, "upper case")]
    [InlineData("vers:npm/1.0%2E0", 12, "must not be encoded")]
    [InlineData("vers:npm/1.0.0*", 14, "percent-encoded")]
    public void ANonCanonicalVersIsRejectedSayingWhatAndWhere(string text, int position, string reason)
    {
        VersRange.TryParse(text, out _, out var error).ShouldBeFalse();
        error!.Position.ShouldBe(position, error.Message);
        error.Reason.ShouldContain(reason, Case.Insensitive);
        error.Message.ShouldContain(text[..Math.Min(text.Length, 20)]);
    }

    [Theory]
    [InlineData("vers:npm/ <2.0.0 | >=1.0.0 ", "vers:npm/>=1.0.0|<2.0.0")]
    [InlineData("VERS:Debian/=1.0||", "vers:deb/1.0")]
    [InlineData("vers:pypi/==2.0|1.0alpha", "vers:pypi/1.0a0|2.0")]
    [InlineData("vers:npm/>=1.0.0|>=1.0.0", "vers:npm/>=1.0.0|>=1.0.0")]
    public void ALenientParseRepairsSpellingAndSortsButKeepsEveryConstraint(string text, string expected)
    {
        VersRange.ParseLenient(text).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("vers:deb/<9.0.0", "2:8.0.0", false)] // the epoch outranks the upstream version (Dependency-Track #5894)
    [InlineData("vers:deb/>=8.3.2", "2:9.0.0", true)]
    [InlineData("vers:deb/>=1.0~rc1|<1.0", "1.0~rc2", true)] // a tilde version is below its release
    [InlineData("vers:deb/>=1.0~rc1|<1.0", "1.0", false)]
    [InlineData("vers:deb/<7.50.3-1+deb9u1", "7.50.3-1", true)] // the security fix is the +deb9u1 revision
    [InlineData("vers:gem/>=2.2.0|!=2.2.1|<2.3.0", "2.2.1", false)]
    [InlineData("vers:gem/>=2.2.0|!=2.2.1|<2.3.0", "2.2.2", true)]
    [InlineData("vers:npm/!=1.0.0", "2.0.0", true)]
    [InlineData("vers:npm/!=1.0.0", "1.0.0", false)]
    [InlineData("vers:pypi/1.0", "1.0.0", true)] // equality is the scheme's, not the text's
    [InlineData("vers:rpm/<1.0", "1.0~rc1", true)]
    [InlineData("vers:maven/>=1.0|<2.0", "2.0-SNAPSHOT", true)]
    [InlineData("vers:firmware/<V4.00_13", "V4.00_12", true)]
    [InlineData("vers:firmware/<2.1%20SP3", "2.1 SP2", true)]
    public void ContainmentFollowsTheSchemesOrder(string vers, string version, bool expected)
    {
        VersRange.Parse(vers).Contains(version).ShouldBe(expected);
    }

    [Theory]
    [InlineData("vers:npm/>=2.0.0|<2.1.0|>=2.1.0|<2.2.0", "vers:npm/>=2.0.0|<2.2.0")] // touching intervals merge
    [InlineData("vers:npm/>=1.0.0|>=1.5.0|<2.0.0", "vers:npm/>=1.0.0|<2.0.0")] // a redundant lower bound goes
    [InlineData("vers:npm/1.0.0|<2.0.0", "vers:npm/<2.0.0")] // an equality inside an interval goes
    [InlineData("vers:npm/<1.0.0|>1.0.0", "vers:npm/!=1.0.0")]
    [InlineData("vers:npm/>=1.0.0|<=1.0.0", "vers:npm/*")] // sorted, this is <=1.0.0 or >=1.0.0: a union, not an intersection
    [InlineData("vers:npm/<1.0.0|>=1.0.0", "vers:npm/*")]
    [InlineData("vers:pypi/>=1.0|<2.0|1.5|!=1.7", "vers:pypi/>=1.0|!=1.7|<2.0")]
    [InlineData("vers:npm/>=2.0.0|<1.0.0", "vers:npm/<1.0.0|>=2.0.0")]
    public void CanonicalisingGivesTheShortestEquivalentValidRange(string text, string expected)
    {
        var canonical = VersRange.ParseLenient(text).Canonicalize();

        canonical.ToString().ShouldBe(expected);
        canonical.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void ARangeThatContainsNothingCannotBeCanonicalised()
    {
        var range = VersRange.ParseLenient("vers:npm/!=1.0.0|1.0.0");

        range.TryCanonicalize(out _, out var error).ShouldBeFalse();
        error!.Reason.ShouldContain("no version");
    }

    [Fact]
    public void ALenientRangeThatBreaksTheRulesSaysWhichRule()
    {
        var range = VersRange.ParseLenient("vers:npm/>0.0.0|>=0.0.1");

        range.IsValid.ShouldBeFalse();
        range.Validate()!.Reason.ShouldContain("alternate");
        range.Validate()!.Position.ShouldBe(16);
    }

    [Fact]
    public void AVersionOfAnotherSchemeCannotBeTestedForContainment()
    {
        var range = VersRange.Parse("vers:npm/>=1.0.0");

        Should.Throw<ArgumentException>(() => range.Contains(MedVigil.Standards.Versions.VersionSchemes.Debian.Parse("1.0")));
    }

    [Fact]
    public void AHostileVersIsRejectedBeforeItIsParsed()
    {
        VersRange.TryParse("vers:npm/" + string.Join('|', Enumerable.Range(0, 2000).Select(i => $"1.0.{i}")), out _, out var error).ShouldBeFalse();
        error!.Reason.ShouldContain("longer than 4096");
    }
}
