using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using MedVigil.Standards.Versions.Schemes;

namespace MedVigil.Standards.Versions;

/// <summary>
/// Every versioning scheme MedVigil can order, by <c>vers</c> type name (<c>deb</c>, <c>pypi</c>…) and by common alias
/// (<c>debian</c>, <c>python</c>…).
/// </summary>
public static class VersionSchemes
{
    /// <summary>SemVer 2.0.0 (a leading <c>v</c> is tolerated).</summary>
    public static VersionScheme Semver { get; } = new SemverScheme("semver", SemverRules.Strict);

    /// <summary>node-semver versions (npm).</summary>
    public static VersionScheme Npm { get; } = new SemverScheme("npm", SemverRules.Npm);

    /// <summary>Go module versions, pseudo-versions and <c>+incompatible</c> included.</summary>
    public static VersionScheme Golang { get; } = new SemverScheme("golang", SemverRules.Go);

    /// <summary>Rust crates (Cargo uses SemVer 2.0.0).</summary>
    public static VersionScheme Cargo { get; } = new SemverScheme("cargo", SemverRules.Strict);

    /// <summary>Erlang/Elixir Hex packages (SemVer 2.0.0).</summary>
    public static VersionScheme Hex { get; } = new SemverScheme("hex", SemverRules.Strict);

    /// <summary>nginx releases (three numbers, compared as semantic versions).</summary>
    public static VersionScheme Nginx { get; } = new SemverScheme("nginx", SemverRules.Go);

    /// <summary>Dart pub versions (semantic versions whose build metadata also orders).</summary>
    public static VersionScheme Pub { get; } = new SemverScheme("pub", SemverRules.Pub);

    public static VersionScheme Pypi { get; } = new PypiScheme();

    public static VersionScheme Maven { get; } = new MavenScheme();

    public static VersionScheme NuGet { get; } = new NuGetScheme();

    public static VersionScheme RubyGems { get; } = new RubyGemsScheme();

    public static VersionScheme Debian { get; } = new DebianScheme();

    public static VersionScheme Rpm { get; } = new RpmScheme();

    public static VersionScheme Alpine { get; } = new AlpineScheme();

    public static VersionScheme Alpm { get; } = new AlpmScheme();

    public static VersionScheme Composer { get; } = new ComposerScheme();

    public static VersionScheme Conan { get; } = new ConanScheme();

    public static VersionScheme OpenSsl { get; } = new OpenSslScheme();

    public static VersionScheme Gentoo { get; } = new GentooScheme();

    public static VersionScheme Cran { get; } = new DottedNumbersScheme("cran", ".-");

    public static VersionScheme Hackage { get; } = new DottedNumbersScheme("hackage", ".");

    public static VersionScheme DateTime { get; } = new DateTimeScheme();

    public static VersionScheme Lexicographic { get; } = new LexicographicScheme();

    public static VersionScheme Generic { get; } = new GenericScheme();

    /// <summary>The tolerant scheme for vendor firmware strings; its rules are on <see cref="FirmwareScheme"/>.</summary>
    public static VersionScheme Firmware { get; } = new FirmwareScheme();

    /// <summary>All schemes, in alphabetical order of name.</summary>
    public static IReadOnlyList<VersionScheme> All { get; } =
    [
        Alpine, Alpm, Cargo, Composer, Conan, Cran, DateTime, Debian, Firmware, RubyGems, Generic, Gentoo, Golang, Hackage,
        Hex, Lexicographic, Maven, Nginx, Npm, NuGet, OpenSsl, Pub, Pypi, Rpm, Semver,
    ];

    /// <summary>The aliases accepted by <see cref="TryGet"/>, alias → scheme name.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpine"] = "apk", ["arch"] = "alpm", ["archlinux"] = "alpm", ["pacman"] = "alpm",
        ["crates"] = "cargo", ["rust"] = "cargo", ["packagist"] = "composer", ["php"] = "composer",
        ["r"] = "cran", ["debian"] = "deb", ["ubuntu"] = "deb", ["dpkg"] = "deb",
        ["vendor"] = "firmware", ["device"] = "firmware", ["ebuild"] = "gentoo", ["portage"] = "gentoo",
        ["go"] = "golang", ["haskell"] = "hackage", ["cabal"] = "hackage", ["elixir"] = "hex",
        ["java"] = "maven", ["node"] = "npm", ["nodejs"] = "npm", ["javascript"] = "npm",
        ["dotnet"] = "nuget", ["dart"] = "pub", ["python"] = "pypi", ["pip"] = "pypi", ["pep440"] = "pypi",
        ["redhat"] = "rpm", ["rhel"] = "rpm", ["fedora"] = "rpm", ["centos"] = "rpm", ["suse"] = "rpm",
        ["ruby"] = "gem", ["rubygems"] = "gem",
    };

    private static readonly FrozenDictionary<string, VersionScheme> ByName =
        All.ToFrozenDictionary(scheme => scheme.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, VersionScheme> ByNameOrAlias = BuildAliases();

    /// <summary>Finds a scheme by <c>vers</c> type name or alias, ignoring case.</summary>
    public static bool TryGet([NotNullWhen(true)] string? nameOrAlias, [NotNullWhen(true)] out VersionScheme? scheme)
    {
        scheme = null;
        return nameOrAlias is not null && ByNameOrAlias.TryGetValue(nameOrAlias, out scheme);
    }

    /// <summary>Finds a scheme by its exact <c>vers</c> type name (lower case, no aliases), as a <c>vers</c> string spells it.</summary>
    public static bool TryGetVersType([NotNullWhen(true)] string? type, [NotNullWhen(true)] out VersionScheme? scheme)
    {
        scheme = null;
        return type is not null && ByName.TryGetValue(type, out scheme);
    }

    private static FrozenDictionary<string, VersionScheme> BuildAliases()
    {
        var map = All.ToDictionary(scheme => scheme.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, name) in Aliases)
        {
            map[alias] = ByName[name];
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
