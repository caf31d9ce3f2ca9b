using MedVigil.Domain.Devices;

namespace MedVigil.Domain.Tests.Devices;

public sealed class NetworkIdentityTests
{
    [Theory]
    [InlineData("10.1.2.3", "10.1.2.3")]
    [InlineData(" 192.168.0.1 ", "192.168.0.1")]
    [InlineData("255.255.255.255", "255.255.255.255")]
    [InlineData("::1", "::1")]
    [InlineData("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
    [InlineData("FE80::0202:B3FF:FE1E:8329", "fe80::202:b3ff:fe1e:8329")]
    [InlineData("::ffff:10.0.0.1", "::ffff:10.0.0.1")]
    public void AnIpAddressIsAcceptedAndNormalised(string text, string normalized)
    {
        NetworkIdentity.TryNormalizeIp(text, out var ip).ShouldBeTrue();
        ip.ShouldBe(normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AMissingIpAddressIsAcceptedAsNone(string? text)
    {
        NetworkIdentity.TryNormalizeIp(text, out var ip).ShouldBeTrue();
        ip.ShouldBeNull();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.2")]
    [InlineData("1.2.3")]
    [InlineData("4294967295")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.2.3.4:80")]
    [InlineData("10.1.2.x")]
    [InlineData("2001:db8::1::2")]
    [InlineData("pump-001")]
    public void AnythingElseIsNotAnIpAddress(string text)
    {
        NetworkIdentity.TryNormalizeIp(text, out var ip).ShouldBeFalse();
        ip.ShouldBeNull();
    }

    /// <summary>
    /// Regression: IPAddress.TryParse reads a zero-padded octet as octal, so the common
    /// inventory spelling "010.001.002.003" becomes 8.1.2.3, a different device. It should be refused or read
    /// as decimal; it must never be silently turned into another address.
    /// </summary>
    [Theory]
    [InlineData("010.001.002.003", "10.1.2.3")]
    [InlineData("192.168.001.010", "192.168.1.10")]
    [InlineData("10.1.2.010", "10.1.2.10")]
    public void AZeroPaddedIpv4AddressIsNeverReadAsOctal(string text, string decimalReading)
    {
        if (NetworkIdentity.TryNormalizeIp(text, out var ip))
        {
            ip.ShouldBe(decimalReading, $"'{text}' was accepted as {ip}");
        }
    }

    [Theory]
    [InlineData("00:1A:2B:3C:4D:5E")]
    [InlineData("00:1a:2b:3c:4d:5e")]
    [InlineData("00-1A-2B-3C-4D-5E")]
    [InlineData("00-1a-2b-3c-4d-5e")]
    [InlineData("001A.2B3C.4D5E")]
    [InlineData("001a.2b3c.4d5e")]
    [InlineData("001A2B3C4D5E")]
    [InlineData("001a2b3c4d5e")]
    [InlineData("  00:1a:2b:3c:4d:5e  ")]
    public void AMacAddressInAnyCommonFormIsStoredUpperCaseWithColons(string text)
    {
        NetworkIdentity.TryNormalizeMac(text, out var mac).ShouldBeTrue();
        mac.ShouldBe("00:1A:2B:3C:4D:5E");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AMissingMacAddressIsAcceptedAsNone(string? text)
    {
        NetworkIdentity.TryNormalizeMac(text, out var mac).ShouldBeTrue();
        mac.ShouldBeNull();
    }

    [Theory]
    [InlineData("00:1A:2B:3C:4D")]
    [InlineData("00:1A:2B:3C:4D:5E:6F")]
    [InlineData("00:1A:2B:3C:4D:5G")]
    [InlineData("001A2B3C4D5")]
    [InlineData("001A2B3C4D5E6")]
    [InlineData("001A.2B3C.4D5")]
    [InlineData("001A:2B3C:4D5E")]
    [InlineData("0:1A:2B:3C:4D:5E")]
    [InlineData("00 1A 2B 3C 4D 5E")]
    [InlineData("00.1A.2B.3C.4D.5E")]
    [InlineData("not a mac")]
    public void AMalformedMacAddressIsRejected(string text)
    {
        NetworkIdentity.TryNormalizeMac(text, out var mac).ShouldBeFalse();
        mac.ShouldBeNull();
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(120, true)]
    [InlineData(4094, true)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(4095, false)]
    [InlineData(int.MaxValue, false)]
    public void AVlanIsOneTo4094(int vlan, bool valid) => NetworkIdentity.IsValidVlan(vlan).ShouldBe(valid);

    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 4094 ", 4094)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void AVlanIsReadFromText(string? text, int? vlan)
    {
        NetworkIdentity.TryParseVlan(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(vlan);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4095")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData("12a")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void ATextThatIsNotAVlanIsRejected(string text)
    {
        NetworkIdentity.TryParseVlan(text, out var vlan).ShouldBeFalse();
        vlan.ShouldBeNull();
    }

    public static TheoryData<string?> ValidHostnames => new()
    {
        null,
        "",
        "pump",
        "PUMP-001",
        "pump-001.icu.example.org",
        "1pump",
        "a",
        "123",
        new string('a', 63),
        new string('a', 63) + ".example.org",
        // 253 characters: 63 + 1 + 63 + 1 + 63 + 1 + 61.
        $"{new string('a', 63)}.{new string('b', 63)}.{new string('c', 63)}.{new string('d', 61)}",
    };

    [Theory]
    [MemberData(nameof(ValidHostnames))]
    public void AnRfc1123HostnameIsAccepted(string? hostname) =>
        NetworkIdentity.IsValidHostname(hostname).ShouldBeTrue();

    public static TheoryData<string> InvalidHostnames => new()
    {
        "-pump",
        "pump-",
        "icu.-pump.org",
        "icu.pump-.org",
        "pump_001",
        "pump 001",
        "pump..org",
        ".pump",
        "pump.org.",
        "pümp",
        new string('a', 64),
        "icu." + new string('a', 64),
        // 254 characters, each label short enough.
        $"{new string('a', 63)}.{new string('b', 63)}.{new string('c', 63)}.{new string('d', 62)}",
    };

    [Theory]
    [MemberData(nameof(InvalidHostnames))]
    public void AnythingElseIsNotAHostname(string hostname) =>
        NetworkIdentity.IsValidHostname(hostname).ShouldBeFalse();

    /// <summary>
    /// Regression: a regex ending in <c>$</c> also matches before a final "\n", so "pump-001\n" once passed.
    /// </summary>
    [Fact]
    public void AHostnameWithATrailingNewlineIsRejected() =>
        NetworkIdentity.IsValidHostname("pump-001\n").ShouldBeFalse();
}
