using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.CsafDistribution;

/// <summary>A CSAF 2.0 <c>aggregator.json</c> (§7.1.21): a lister or aggregator and the providers it lists.</summary>
/// <param name="Category"><c>lister</c> or <c>aggregator</c>.</param>
public sealed record CsafAggregator(string Name, string Category, Uri CanonicalUrl, DateTimeOffset LastUpdated, IReadOnlyList<CsafListedProvider> Providers);

/// <summary>A provider listed by an aggregator: its <c>provider-metadata.json</c> URL and the mirrors of it.</summary>
public sealed record CsafListedProvider(Uri MetadataUrl, string? PublisherName, DateTimeOffset? LastUpdated, IReadOnlyList<Uri> Mirrors);

/// <summary>
/// Reads an <c>aggregator.json</c> (aggregator_json_schema.json): required members, http(s) URLs, each provider's
/// <c>metadata.url</c> listed once. <c>csaf_publishers</c> are not read (they publish no distribution to sync).
/// </summary>
public static class CsafAggregatorReader
{
    public static ReadResult<CsafAggregator> Read(Stream content, ReaderLimits? limits = null) =>
        JsonFields.Read(content, CsafProviderMetadataReader.Limited(limits), Aggregator);

    public static ReadResult<CsafAggregator> Read(string path, ReaderLimits? limits = null) =>
        JsonFields.Read(path, CsafProviderMetadataReader.Limited(limits), Aggregator);

    private static CsafAggregator? Aggregator(JsonFields f, JsonElement root)
    {
        if (!f.IsObject(root, ""))
        {
            return null;
        }

        string? name = null, category = null;
        if (f.Property(root, "", "aggregator", required: true) is { } a && f.IsObject(a, "/aggregator"))
        {
            name = f.String(a, "/aggregator", "name", required: true);
            category = f.String(a, "/aggregator", "category", required: true);
            f.String(a, "/aggregator", "namespace", required: true);
            if (category is not null and not ("lister" or "aggregator"))
            {
                f.Error("/aggregator/category", "csaf-aggregator-category", $"'{DistributionUrls.Cut(category)}' is not lister or aggregator.");
            }
        }

        f.String(root, "", "aggregator_version", required: true);
        var canonical = DistributionUrls.Absolute(f, f.String(root, "", "canonical_url", required: true), "/canonical_url");
        var updated = f.Timestamp(root, "", "last_updated", required: true);
        var seen = new HashSet<Uri>();
        var providers = f.Array(root, "", "csaf_providers", (e, at) => Provider(f, e, at, seen), required: true);
        return name is null || category is null || canonical is null || updated is null
            ? null
            : new CsafAggregator(name, category, canonical, updated.Value, providers);
    }

    private static CsafListedProvider? Provider(JsonFields f, JsonElement e, string at, HashSet<Uri> seen)
    {
        if (!f.IsObject(e, at) || f.Property(e, at, "metadata", required: true) is not { } m || !f.IsObject(m, at + "/metadata"))
        {
            return null;
        }

        var url = DistributionUrls.Absolute(f, f.String(m, at + "/metadata", "url", required: true), at + "/metadata/url");
        string? publisher = null;
        if (f.Property(m, at + "/metadata", "publisher", required: false) is { } p && f.IsObject(p, at + "/metadata/publisher"))
        {
            publisher = f.String(p, at + "/metadata/publisher", "name");
        }

        var updated = f.Timestamp(m, at + "/metadata", "last_updated");
        var mirrors = f.Array(e, at, "mirrors", (mirror, mp) => DistributionUrls.Absolute(f, f.StringValue(mirror, mp), mp));
        if (url is not null && !seen.Add(url))
        {
            f.Error(at + "/metadata/url", "csaf-duplicate", $"{url} is listed more than once.");
        }

        return url is null ? null : new CsafListedProvider(url, publisher, updated, mirrors);
    }
}
