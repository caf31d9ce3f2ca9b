namespace MedVigil.Formats.CsafDistribution;

/// <summary>
/// A CSAF 2.0 <c>provider-metadata.json</c> (§7.1.7): who publishes, in which role, and where the documents are.
/// </summary>
/// <param name="Role"><c>csaf_publisher</c>, <c>csaf_provider</c> or <c>csaf_trusted_provider</c>.</param>
public sealed record CsafProviderMetadata(
    Uri CanonicalUrl,
    string Role,
    DateTimeOffset LastUpdated,
    string MetadataVersion,
    string PublisherName,
    string? PublisherNamespace,
    IReadOnlyList<CsafDistribution> Distributions,
    IReadOnlyList<CsafOpenPgpKey> PublicOpenPgpKeys);

/// <summary>One distribution: a directory (with <c>index.txt</c>, <c>changes.csv</c>) and/or ROLIE feeds.</summary>
public sealed record CsafDistribution(Uri? DirectoryUrl, IReadOnlyList<CsafRolieFeedReference> RolieFeeds);

/// <summary>A ROLIE feed named by the provider metadata, with its TLP label (<c>WHITE</c>, <c>GREEN</c>…).</summary>
public sealed record CsafRolieFeedReference(Uri Url, string TlpLabel, string? Summary);

/// <summary>A public OpenPGP key of the provider (for the <c>.asc</c> signatures).</summary>
public sealed record CsafOpenPgpKey(Uri Url, string? Fingerprint);
