using MedVigil.Domain.Matching;
using MedVigil.Standards.Cpe;
using MedVigil.Standards.Versions;

namespace MedVigil.Matching;

/// <summary>
/// One distinct (package, version) across all targets: parsed once, its version parsed once per scheme, evaluated
/// once, and fanned out to the targets that contain it.
/// </summary>
internal sealed class InternedComponent
{
    private (VersionScheme Scheme, SchemeVersion? Version)[] _versions = [];

    public InternedComponent(int id, InventoryComponent source)
    {
        Id = id;
        Source = source;
        Purl = PurlProducts.FromText(source.Purl);
        var parsed = source.Purl is not null
            && MedVigil.Standards.Purl.PackageUrl.TryParse(source.Purl, MedVigil.Standards.Purl.PurlParseMode.Lenient, out var p, out _) ? p : null;
        var purlVersion = parsed?.Version;
        if (CpeName.TryParse(source.Cpe, out var cpe))
        {
            Cpe = cpe;
            CpeWithoutVersion = cpe.With(CpeAttribute.Version, CpeValue.Any);
        }

        Version = source.Version ?? purlVersion ?? Cpe?.Version.Literal;
        if (Purl is { Type: "deb" or "apk" } package && parsed is not null && parsed.Qualifiers.TryGetValue("distro", out var distro))
        {
            Release = DistributionReleases.FromDistroQualifier(package.Namespace ?? package.Type, distro);
        }
    }

    public int Id { get; }

    public InventoryComponent Source { get; }

    public PurlProduct? Purl { get; }

    public CpeName? Cpe { get; }

    /// <summary>The CPE with its version set to ANY, for matching names separately from versions.</summary>
    public CpeName? CpeWithoutVersion { get; }

    public string? Version { get; }

    /// <summary>The distribution release the purl's <c>distro</c> qualifier names (<c>debian:11</c>), for deb and apk packages.</summary>
    public string? Release { get; }

    /// <summary>The targets that contain this component.</summary>
    public HashSet<string> Targets { get; } = new(StringComparer.Ordinal);

    /// <summary>The statement hits of this component, cached between incremental evaluations.</summary>
    public List<Hit> Hits { get; } = [];

    /// <summary>
    /// The hits decided per vulnerability (ADR 0018 precedence), computed once per component and shared by every target
    /// that contains it; null until needed and again whenever <see cref="Hits"/> changes.
    /// </summary>
    public List<Decided>? Decisions { get; set; }

    /// <summary>The interning key: identity and version.</summary>
    public static string KeyOf(InventoryComponent component) =>
        $"{component.Purl}|{component.Cpe}|{(component.Purl is null && component.Cpe is null ? component.Name : null)}|{component.Version}";

    /// <summary>The component's version under a scheme, parsed once; null when it cannot be read so.</summary>
    public SchemeVersion? VersionUnder(VersionScheme scheme)
    {
        // Read without a lock (a full evaluation reads shared components from every core); a miss publishes a new
        // array, and two threads that miss together parse the same version and keep either.
        var versions = _versions;
        foreach (var (known, version) in versions)
        {
            if (ReferenceEquals(known, scheme))
            {
                return version;
            }
        }

        var parsed = Version is not null && scheme.TryParse(Version, out var v) ? v : null;
        _versions = [.. versions, (scheme, parsed)];
        return parsed;
    }
}

/// <summary>The decision for one vulnerability on one component: the winning hit, all hits, and the losers' explanations.</summary>
internal sealed record Decided(string VulnerabilityId, Hit Winner, IReadOnlyList<Hit> Hits, IReadOnlyList<Explanation> Others);
