namespace MedVigil.Domain.Matching;

/// <summary>
/// Distribution releases in one spelling, <c>debian:11</c>, <c>ubuntu:22.04</c>, <c>alpine:3.18</c>, from OSV
/// ecosystems (<c>Debian:11</c>, <c>Ubuntu:22.04:LTS</c>, <c>Alpine:v3.18</c>) and from purl <c>distro</c> qualifiers
/// (<c>debian-11</c>, <c>bullseye</c>, <c>ubuntu-22.04</c>, <c>jammy</c>, <c>alpine-3.18.4</c>). A package fixed in one
/// release may still be vulnerable in another, so a release-specific statement applies only to that release.
/// </summary>
public static class DistributionReleases
{
    private static readonly Dictionary<string, string> Codenames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jessie"] = "debian:8", ["stretch"] = "debian:9", ["buster"] = "debian:10", ["bullseye"] = "debian:11",
        ["bookworm"] = "debian:12", ["trixie"] = "debian:13", ["forky"] = "debian:14",
        ["xenial"] = "ubuntu:16.04", ["bionic"] = "ubuntu:18.04", ["focal"] = "ubuntu:20.04", ["jammy"] = "ubuntu:22.04",
        ["noble"] = "ubuntu:24.04", ["plucky"] = "ubuntu:25.04", ["questing"] = "ubuntu:25.10",
    };

    /// <summary>The release an OSV ecosystem names (<c>Debian:11</c> → <c>debian:11</c>); null when it names none.</summary>
    public static string? FromOsvEcosystem(string ecosystem)
    {
        ArgumentNullException.ThrowIfNull(ecosystem);
        var parts = ecosystem.Split(':');
        if (parts.Length < 2)
        {
            return null;
        }

        var family = parts[0].ToLowerInvariant();
        // Ubuntu:Pro:18.04:LTS and Ubuntu:22.04:LTS: the release is the part that is a version.
        var release = parts.Skip(1).FirstOrDefault(p => p.Length > 0 && (char.IsDigit(p[0]) || (p[0] is 'v' or 'V' && p.Length > 1 && char.IsDigit(p[1]))));
        return family is "debian" or "ubuntu" or "alpine" && release is not null ? Normalise(family, release) : null;
    }

    /// <summary>The release a purl <c>distro</c> qualifier names for a package of <paramref name="family"/>; null when unreadable.</summary>
    public static string? FromDistroQualifier(string family, string? distro)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (string.IsNullOrWhiteSpace(distro))
        {
            return null;
        }

        var text = distro.Trim();
        if (Codenames.TryGetValue(text, out var known))
        {
            return known;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var (named, release) = dash > 0 ? (text[..dash].ToLowerInvariant(), text[(dash + 1)..]) : (family, text);
        return Codenames.TryGetValue(release, out known) ? known
            : release.Length > 0 && char.IsDigit(release.TrimStart('v')[0]) ? Normalise(named, release) : null;
    }

    /// <summary>Debian by major release (11.6 is 11); Ubuntu and Alpine by major.minor (3.18.4 is 3.18).</summary>
    private static string Normalise(string family, string release)
    {
        var numbers = release.TrimStart('v', 'V').Split('.');
        return family == "debian" ? $"debian:{numbers[0]}" : $"{family}:{string.Join('.', numbers.Take(2))}";
    }
}
