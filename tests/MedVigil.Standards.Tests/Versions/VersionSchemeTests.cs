using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Native;
using MedVigil.Standards.Versions.Schemes;

namespace MedVigil.Standards.Tests.Versions;

public sealed class VersionSchemeTests
{
    [Theory]
    [InlineData("debian", "deb")]
    [InlineData("Ubuntu", "deb")]
    [InlineData("python", "pypi")]
    [InlineData("go", "golang")]
    [InlineData("ruby", "gem")]
    [InlineData("packagist", "composer")]
    [InlineData("alpine", "apk")]
    [InlineData("RPM", "rpm")]
    [InlineData("vendor", "firmware")]
    public void ACommonAliasFindsItsScheme(string alias, string name)
    {
        VersionSchemes.TryGet(alias, out var scheme).ShouldBeTrue();
        scheme!.Name.ShouldBe(name);
    }

    [Fact]
    public void AVersTypeIsLookedUpByItsExactNameOnly()
    {
        VersionSchemes.TryGetVersType("deb", out _).ShouldBeTrue();
        VersionSchemes.TryGetVersType("debian", out _).ShouldBeFalse();
        VersionSchemes.TryGetVersType("DEB", out _).ShouldBeFalse();
    }

    [Fact]
    public void EverySchemeIsRegisteredUnderItsName()
    {
        foreach (var scheme in VersionSchemes.All)
        {
            VersionSchemes.TryGetVersType(scheme.Name, out var found).ShouldBeTrue();
            found.ShouldBeSameAs(scheme);
        }
    }

    [Theory]
    [InlineData("semver", "1.2", 3, "patch")]
    [InlineData("semver", "01.2.3", 0, "leading zeros")]
    [InlineData("deb", "1:", 2, "upstream version is empty")]
    [InlineData("deb", "a:1.0", 0, "epoch")]
    [InlineData("deb", "1.0-", 3, "revision")]
    [InlineData("deb", "1.0 1", 3, "spaces are not allowed")]
    [InlineData("npm", "1.2.99999999999999999", 4, "larger than")]
    [InlineData("gem", "1.0 beta", 3, "unexpected ' '")]
    [InlineData("gentoo", "1.0_foo", 3, "suffix")]
    [InlineData("datetime", "2024-02-30T00:00:00Z", 0, "does not exist")]
    [InlineData("firmware", "beta", 0, "at least one digit")]
    [InlineData("pypi", "release", 0, "release number")]
    public void AnInvalidVersionIsRejectedSayingWhatAndWhere(string scheme, string text, int position, string reason)
    {
        VersionFixtures.Scheme(scheme).TryParse(text, out _, out var error).ShouldBeFalse();
        error!.Position.ShouldBe(position, error.Message);
        error.Reason.ShouldContain(reason);
        error.Message.ShouldContain($"'{text}'");
    }

    [Fact]
    public void AVersionLongerThanTheLimitIsRejected()
    {
        VersionSchemes.Generic.TryParse(new string('1', 300), out _, out var error).ShouldBeFalse();
        error!.Reason.ShouldContain("longer than 256");
    }

    [Theory]
    [InlineData("1.0alpha", "1.0a0")]
    [InlineData("V1.0-POST-2", "1.0.post2")]
    [InlineData("1!1.0.0.dev3+Ubuntu-1", "1!1.0.0.dev3+ubuntu.1")]
    public void APypiVersionPrintsInItsNormalisedForm(string text, string normalised) =>
        VersionSchemes.Pypi.Parse(text).ToString().ShouldBe(normalised);

    [Fact]
    public void AGoPseudoVersionIsRecognised()
    {
        ((SemVersion)VersionSchemes.Golang.Parse("v0.0.0-20201203163018-be400aefbc4c")).IsPseudoVersion.ShouldBeTrue();
        ((SemVersion)VersionSchemes.Golang.Parse("v1.2.3-pre")).IsPseudoVersion.ShouldBeFalse();
    }

    [Fact]
    public void ADebianVersionExposesEpochUpstreamAndRevision()
    {
        var version = (DebianVersion)VersionSchemes.Debian.Parse("2:9.0.0-1+deb12u1");

        (version.Epoch, version.Upstream, version.Revision).ShouldBe((2L, "9.0.0", "1+deb12u1"));
    }

    [Theory]
    [InlineData("V4.00_12", "4 . 0 . 12")]
    [InlineData("1.2.3 build 45", "1 . 2 . 3 . 45")]
    [InlineData("2.1 SP3", "2 . 1 . 3")]
    [InlineData("v1.20.3a", "1 . 20 . 3 . a")]
    public void AFirmwareVersionShowsTheSegmentsItWasReadAs(string text, string segments) =>
        ((SegmentedVersion)VersionSchemes.Firmware.Parse(text)).Segments.ShouldBe(segments);

    [Theory]
    [InlineData("npm", "^1.2.3 || ~0.1.2", "vers:npm/>=0.1.2|<0.2.0|>=1.2.3|<2.0.0")]
    [InlineData("nuget", "(,1.0]", "vers:nuget/<=1.0.0")] // NuGet versions print normalised
    [InlineData("gem", "~> 2.0.8, != 2.0.9", "vers:gem/>=2.0.8|!=2.0.9|<2.1")]
    public void ANativeRangeBecomesAVers(string scheme, string native, string vers) =>
        NativeRanges.ToVers(scheme, native).ToString().ShouldBe(vers);

    [Theory]
    [InlineData("maven", "[1.0,2.0)", "does not read native")]
    [InlineData("pypi", "~=1.4", "not supported")]
    [InlineData("npm", ">=banana", "not a version")]
    public void AnUnsupportedNativeRangeIsAnError(string scheme, string native, string reason)
    {
        NativeRanges.TryToVers(scheme, native, out _, out var error).ShouldBeFalse();
        error!.Reason.ShouldContain(reason);
    }
}
