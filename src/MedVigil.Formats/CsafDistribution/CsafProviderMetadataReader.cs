using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.CsafDistribution;

/// <summary>
/// Reads a CSAF 2.0 <c>provider-metadata.json</c> (provider_json_schema.json): the schema's required members, the role
/// and TLP label enumerations, http(s) URLs. Every problem is an issue at its JSON pointer; any error leaves the
/// document null.
/// </summary>
public static class CsafProviderMetadataReader
{
    /// <summary>The largest metadata document read (they are a few KiB).</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    private static readonly string[] Roles = ["csaf_publisher", "csaf_provider", "csaf_trusted_provider"];

    private static readonly string[] TlpLabels = ["UNLABELED", "WHITE", "GREEN", "AMBER", "RED"];

    public static ReadResult<CsafProviderMetadata> Read(Stream content, ReaderLimits? limits = null) =>
        JsonFields.Read(content, Limited(limits), Metadata);

    public static ReadResult<CsafProviderMetadata> Read(string path, ReaderLimits? limits = null) =>
        JsonFields.Read(path, Limited(limits), Metadata);

    internal static ReaderLimits Limited(ReaderLimits? limits) =>
        (limits ?? ReaderLimits.Default) is var l && l.MaxBytes > MaxBytes ? l with { MaxBytes = MaxBytes } : l;

    private static CsafProviderMetadata? Metadata(JsonFields f, JsonElement root)
    {
        if (!f.IsObject(root, ""))
        {
            return null;
        }

        var canonical = DistributionUrls.Absolute(f, f.String(root, "", "canonical_url", required: true), "/canonical_url");
        var lastUpdated = f.Timestamp(root, "", "last_updated", required: true);
        f.Boolean(root, "", "list_on_CSAF_aggregators", required: true);
        f.Boolean(root, "", "mirror_on_CSAF_aggregators", required: true);
        var version = f.String(root, "", "metadata_version", required: true);
        if (version is not null && version != "2.0")
        {
            f.Error("/metadata_version", "csaf-metadata-version", $"metadata_version is '{DistributionUrls.Cut(version)}'; only 2.0 is read.");
        }

        var role = f.String(root, "", "role", required: true);
        if (role is not null && !Roles.Contains(role, StringComparer.Ordinal))
        {
            f.Error("/role", "csaf-role", $"'{DistributionUrls.Cut(role)}' is not one of {string.Join(", ", Roles)}.");
        }

        var publisher = f.Property(root, "", "publisher", required: true);
        string? name = null, space = null;
        if (publisher is { } p && f.IsObject(p, "/publisher"))
        {
            name = f.String(p, "/publisher", "name", required: true);
            space = f.String(p, "/publisher", "namespace", required: true);
            f.String(p, "/publisher", "category", required: true);
        }

        var distributions = f.Array(root, "", "distributions", (e, at) => Distribution(f, e, at));
        var keys = f.Array(root, "", "public_openpgp_keys", (e, at) => Key(f, e, at));
        return canonical is null || lastUpdated is null || version is null || role is null || name is null
            ? null
            : new CsafProviderMetadata(canonical, role, lastUpdated.Value, version, name, space, distributions, keys);
    }

    private static CsafDistribution? Distribution(JsonFields f, JsonElement e, string at)
    {
        if (!f.IsObject(e, at))
        {
            return null;
        }

        var directory = DistributionUrls.Absolute(f, f.String(e, at, "directory_url"), at + "/directory_url");
        IReadOnlyList<CsafRolieFeedReference> feeds = [];
        if (f.Property(e, at, "rolie", required: false) is { } rolie && f.IsObject(rolie, at + "/rolie"))
        {
            feeds = f.Array(rolie, at + "/rolie", "feeds", (feed, p) => Feed(f, feed, p), required: true);
        }

        if (directory is null && feeds.Count == 0 && !f.HasErrors)
        {
            f.Error(at, "csaf-distribution", "The distribution has neither a directory_url nor ROLIE feeds.");
        }

        return new CsafDistribution(directory, feeds);
    }

    private static CsafRolieFeedReference? Feed(JsonFields f, JsonElement e, string at)
    {
        if (!f.IsObject(e, at))
        {
            return null;
        }

        var url = DistributionUrls.Absolute(f, f.String(e, at, "url", required: true), at + "/url");
        var tlp = f.String(e, at, "tlp_label", required: true);
        if (tlp is not null && !TlpLabels.Contains(tlp, StringComparer.Ordinal))
        {
            f.Error(at + "/tlp_label", "csaf-tlp", $"'{DistributionUrls.Cut(tlp)}' is not one of {string.Join(", ", TlpLabels)}.");
            tlp = null;
        }

        return url is null || tlp is null ? null : new CsafRolieFeedReference(url, tlp, f.String(e, at, "summary"));
    }

    private static CsafOpenPgpKey? Key(JsonFields f, JsonElement e, string at)
    {
        if (!f.IsObject(e, at))
        {
            return null;
        }

        var url = DistributionUrls.Absolute(f, f.String(e, at, "url", required: true), at + "/url");
        return url is null ? null : new CsafOpenPgpKey(url, f.String(e, at, "fingerprint"));
    }
}
