using MedVigil.Domain.Matching;

namespace MedVigil.Domain.Tests.Matching;

public sealed class DistributionReleasesTests
{
    [Theory]
    [InlineData("Debian:11", "debian:11")]
    [InlineData("Debian:12", "debian:12")]
    [InlineData("Ubuntu:22.04:LTS", "ubuntu:22.04")]
    [InlineData("Ubuntu:Pro:18.04:LTS", "ubuntu:18.04")]
    [InlineData("Alpine:v3.18", "alpine:3.18")]
    [InlineData("Debian", null)]
    [InlineData("PyPI", null)]
    [InlineData("npm", null)]
    public void Osv_ecosystems(string ecosystem, string? release) => DistributionReleases.FromOsvEcosystem(ecosystem).ShouldBe(release);

    [Theory]
    [InlineData("debian", "debian-11", "debian:11")]
    [InlineData("debian", "debian-11.6", "debian:11")]
    [InlineData("debian", "bookworm", "debian:12")]
    [InlineData("debian", "11", "debian:11")]
    [InlineData("ubuntu", "ubuntu-22.04", "ubuntu:22.04")]
    [InlineData("ubuntu", "jammy", "ubuntu:22.04")]
    [InlineData("alpine", "alpine-3.18.4", "alpine:3.18")]
    [InlineData("alpine", "3.18", "alpine:3.18")]
    [InlineData("debian", "sid", null)]
    [InlineData("debian", "", null)]
    public void Distro_qualifiers(string family, string distro, string? release) => DistributionReleases.FromDistroQualifier(family, distro).ShouldBe(release);
}
