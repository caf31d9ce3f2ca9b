using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;

namespace MedVigil.Formats.Osv;

/// <summary>
/// OSV ecosystems (<c>PyPI</c>, <c>Debian:12</c>…) as packages and version schemes: the purl type and namespace a
/// package name of the ecosystem has, and the scheme that orders its ECOSYSTEM ranges.
/// </summary>
internal static class OsvEcosystems
{
    private static readonly Dictionary<string, (string Type, string? Namespace, VersionScheme Scheme)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PyPI"] = ("pypi", null, VersionSchemes.Pypi),
        ["npm"] = ("npm", null, VersionSchemes.Npm),
        ["Maven"] = ("maven", null, VersionSchemes.Maven),
        ["Go"] = ("golang", null, VersionSchemes.Golang),
        ["crates.io"] = ("cargo", null, VersionSchemes.Cargo),
        ["NuGet"] = ("nuget", null, VersionSchemes.NuGet),
        ["RubyGems"] = ("gem", null, VersionSchemes.RubyGems),
        ["Packagist"] = ("composer", null, VersionSchemes.Composer),
        ["Hex"] = ("hex", null, VersionSchemes.Hex),
        ["Pub"] = ("pub", null, VersionSchemes.Pub),
        ["Hackage"] = ("hackage", null, VersionSchemes.Hackage),
        ["CRAN"] = ("cran", null, VersionSchemes.Cran),
        ["Debian"] = ("deb", "debian", VersionSchemes.Debian),
        ["Ubuntu"] = ("deb", "ubuntu", VersionSchemes.Debian),
        ["Alpine"] = ("apk", "alpine", VersionSchemes.Alpine),
        ["Red Hat"] = ("rpm", "redhat", VersionSchemes.Rpm),
        ["Rocky Linux"] = ("rpm", "rocky-linux", VersionSchemes.Rpm),
        ["AlmaLinux"] = ("rpm", "almalinux", VersionSchemes.Rpm),
        ["SUSE"] = ("rpm", "suse", VersionSchemes.Rpm),
        ["openSUSE"] = ("rpm", "opensuse", VersionSchemes.Rpm),
    };

    /// <summary>The ecosystem without its release suffix: <c>Debian:12</c> → <c>Debian</c>.</summary>
    public static string BaseName(string ecosystem)
    {
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ecosystem : ecosystem[..colon];
    }

    public static VersionScheme? Scheme(string ecosystem) =>
        Known.TryGetValue(BaseName(ecosystem), out var entry) ? entry.Scheme : null;

    /// <summary>The package a name of the ecosystem denotes; null for an ecosystem MedVigil does not map.</summary>
    public static PurlProduct? Product(OsvPackage package)
    {
        // Debian:11, Ubuntu:22.04:LTS, Alpine:v3.18: the statement holds for that release only.
        var release = DistributionReleases.FromOsvEcosystem(package.Ecosystem);
        if (package.Purl is { } purl && PurlProducts.FromText(purl) is { } fromPurl)
        {
            return fromPurl with { Release = release };
        }

        if (!Known.TryGetValue(BaseName(package.Ecosystem), out var entry))
        {
            return null;
        }

        var (ns, name) = entry.Type switch
        {
            "maven" => Split(package.Name, ':'),
            "npm" when package.Name.StartsWith('@') => Split(package.Name, '/'),
            "golang" or "composer" => Split(package.Name, '/'),
            _ => (entry.Namespace, package.Name),
        };
        return PurlProducts.Create(entry.Type, ns, name) is { } product ? product with { Release = release } : null;
    }

    private static (string? Namespace, string Name) Split(string name, char separator)
    {
        var at = name.LastIndexOf(separator);
        return at <= 0 ? (null, name) : (name[..at], name[(at + 1)..]);
    }
}
