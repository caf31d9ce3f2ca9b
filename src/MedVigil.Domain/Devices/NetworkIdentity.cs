using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace MedVigil.Domain.Devices;

/// <summary>Parsing rules for a device's network attributes, shared by every way a device comes in.</summary>
public static partial class NetworkIdentity
{
    /// <summary>
    /// Dotted-decimal IPv4 (zero-padded octets are read as decimal, never octal) or IPv6 without a zone or port;
    /// stored in canonical form.
    /// </summary>
    public static bool TryNormalizeIp(string? text, out string? ip)
    {
        ip = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var value = text.Trim();
        if (value.Contains('.', StringComparison.Ordinal) && !value.Contains(':', StringComparison.Ordinal))
        {
            return TryNormalizeIpv4(value, out ip);
        }

        // IPv6 only: no zone id (it names an interface of the machine that parsed it) and no [brackets]:port.
        if (!value.Contains(':', StringComparison.Ordinal) || value.Contains('%', StringComparison.Ordinal)
            || value.Contains('[', StringComparison.Ordinal) || !IPAddress.TryParse(value, out var address)
            || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return false;
        }

        ip = address.ToString();
        return true;
    }

    /// <summary>Accepts <c>00:1A:2B:3C:4D:5E</c>, <c>00-1a-…</c> and <c>001A.2B3C.4D5E</c>; stores upper case with colons.</summary>
    public static bool TryNormalizeMac(string? text, out string? mac)
    {
        mac = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var hex = text.Trim();
        if (!MacPattern().IsMatch(hex))
        {
            return false;
        }

        var digits = hex.Replace(":", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
            .Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        mac = string.Join(':', Enumerable.Range(0, 6).Select(i => digits.Substring(i * 2, 2)));
        return true;
    }

    public static bool TryParseVlan(string? text, out int? vlan)
    {
        vlan = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && IsValidVlan(id))
        {
            vlan = id;
            return true;
        }

        return false;
    }

    public static bool IsValidVlan(int vlan) => vlan is >= 1 and <= 4094;

    /// <summary>RFC 1123 host names (labels of letters, digits and hyphens, 253 characters at most).</summary>
    public static bool IsValidHostname(string? text) =>
        string.IsNullOrEmpty(text) || (text.Length <= 253 && HostnamePattern().IsMatch(text));

    // IPAddress.TryParse accepts "1.2" shorthand, hex and octal ("010" = 8); an inventory means none of them.
    private static bool TryNormalizeIpv4(string text, out string? ip)
    {
        ip = null;
        var octets = text.Split('.');
        if (octets.Length != 4 || octets.Any(o => o.Length is 0 or > 3 || !o.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var values = octets.Select(o => int.Parse(o, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        if (values.Any(v => v > 255))
        {
            return false;
        }

        ip = string.Join('.', values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        return true;
    }

    [GeneratedRegex("^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}\\z|^[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\z|^[0-9A-Fa-f]{12}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex MacPattern();

    [GeneratedRegex("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex HostnamePattern();
}
