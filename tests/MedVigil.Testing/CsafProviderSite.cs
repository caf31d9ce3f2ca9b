using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedVigil.Testing;

/// <summary>
/// ../shared/data/icsma served by a <see cref="FeedServer"/> as a CSAF trusted provider in both layouts: a directory
/// distribution (<c>white/YEAR/FILE.json</c>, <c>.sha256</c> beside each, <c>index.txt</c>, <c>changes.csv</c> newest
/// first by <c>current_release_date</c>) and a TLP:WHITE ROLIE feed over the same URLs in pages of
/// <see cref="PageSize"/>; a TLP:GREEN feed the sync must not read; <c>provider-metadata.json</c> naming them.
/// </summary>
public sealed class CsafProviderSite
{
    public const string MetadataPath = "/.well-known/csaf/provider-metadata.json";
    public const string ChangesPath = "/.well-known/csaf/white/changes.csv";
    public const string IndexPath = "/.well-known/csaf/white/index.txt";
    public const string FeedPath = "/.well-known/csaf/feed-tlp-white.json";
    public const string GreenFeedPath = "/.well-known/csaf/feed-tlp-green.json";
    public const int PageSize = 50;

    private readonly FeedServer _server;
    private readonly List<Document> _documents;

    public CsafProviderSite(FeedServer server, Func<string, bool>? include = null)
    {
        _server = server;
        var root = SharedData.Path("icsma");
        _documents = [.. Directory.GetFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => include?.Invoke(p) ?? true)
            .Select(p => new Document(p, File.ReadAllBytes(Path.Combine(root, p))))
            .OrderBy(d => d.Updated).ThenBy(d => d.Path, StringComparer.Ordinal)];
        _server.Serve(MetadataPath, Encoding.UTF8.GetBytes(Metadata()));
        foreach (var document in _documents)
        {
            ServeDocument(document);
        }

        Publish();
    }

    /// <summary>The documents, oldest first (by <c>current_release_date</c>, then path).</summary>
    public IReadOnlyList<Document> Documents => _documents;

    public Uri MetadataUrl => _server.Url(MetadataPath);

    public static string PathOf(Document document) => "/.well-known/csaf/white/" + document.Path;

    /// <summary>Requests for documents (not hash files, listings or metadata).</summary>
    public IReadOnlyList<string> DocumentRequests() =>
        [.. _server.Requests.Select(r => r.Path).Where(p => p.StartsWith("/.well-known/csaf/white/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal))];

    /// <summary>Serves a wrong <c>.sha256</c> for a document (one bit of the hash flipped).</summary>
    public void WrongHash(Document document)
    {
        var hash = Sha256(document.Bytes).ToCharArray();
        hash[0] = hash[0] == '0' ? '1' : '0';
        _server.Serve(PathOf(document) + ".sha256", Encoding.ASCII.GetBytes(new string(hash) + "  " + Path.GetFileName(document.Path) + "\n"), "text/plain");
    }

    public void RightHash(Document document) => ServeDocument(document);

    /// <summary>A newer revision (the next version, released at <paramref name="when"/>) of a document, listed in changes.csv only.</summary>
    public Document Revise(Document document, DateTimeOffset when)
    {
        var json = JsonNode.Parse(document.Bytes)!;
        var tracking = json["document"]!["tracking"]!;
        var date = when.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        var version = (int.Parse((string)tracking["version"]!, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        tracking["version"] = version;
        tracking["current_release_date"] = date;
        tracking["revision_history"]!.AsArray().Add(new JsonObject { ["date"] = date, ["number"] = version, ["summary"] = "Updated." });
        var revised = new Document(document.Path, Encoding.UTF8.GetBytes(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
        _documents[_documents.FindIndex(d => d.Path == document.Path)] = revised;
        ServeDocument(revised);
        Publish(rolie: false);
        return revised;
    }

    private void ServeDocument(Document document)
    {
        _server.Serve(PathOf(document), document.Bytes);
        _server.Serve(PathOf(document) + ".sha256", Encoding.ASCII.GetBytes(Sha256(document.Bytes) + "  " + Path.GetFileName(document.Path) + "\n"), "text/plain");
    }

    private void Publish(bool rolie = true)
    {
        var newestFirst = _documents.OrderByDescending(d => d.Updated).ThenBy(d => d.Path, StringComparer.Ordinal).ToList();
        _server.Serve(ChangesPath, Encoding.UTF8.GetBytes(string.Concat(newestFirst.Select(d => $"\"{d.Path}\",\"{Stamp(d.Updated)}\"\n"))), "text/csv");
        _server.Serve(IndexPath, Encoding.UTF8.GetBytes(string.Concat(_documents.Select(d => d.Path + "\n"))), "text/plain");
        if (!rolie)
        {
            return;
        }

        var pages = newestFirst.Chunk(PageSize).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            var path = i == 0 ? FeedPath : FeedPath.Replace(".json", $"-page{i + 1}.json", StringComparison.Ordinal);
            var next = i + 1 < pages.Count ? FeedPath.Replace(".json", $"-page{i + 2}.json", StringComparison.Ordinal) : null;
            _server.Serve(path, Encoding.UTF8.GetBytes(Feed(pages[i], next).ToJsonString()));
        }
    }

    private JsonObject Feed(IEnumerable<Document> entries, string? next)
    {
        var links = new JsonArray { new JsonObject { ["rel"] = "self", ["href"] = _server.Url(FeedPath).AbsoluteUri } };
        if (next is not null)
        {
            links.Add(new JsonObject { ["rel"] = "next", ["href"] = _server.Url(next).AbsoluteUri });
        }

        return new JsonObject
        {
            ["feed"] = new JsonObject
            {
                ["id"] = "icsma-tlp-white",
                ["title"] = "ICSMA advisories (TLP:WHITE)",
                ["link"] = links,
                ["updated"] = Stamp(_documents.Max(d => d.Updated)),
                ["entry"] = new JsonArray([.. entries.Select(d => (JsonNode)new JsonObject
                {
                    ["id"] = d.TrackingId,
                    ["title"] = d.TrackingId,
                    ["link"] = new JsonArray
                    {
                        new JsonObject { ["rel"] = "self", ["href"] = _server.Url(PathOf(d)).AbsoluteUri },
                        new JsonObject { ["rel"] = "hash", ["href"] = _server.Url(PathOf(d) + ".sha256").AbsoluteUri },
                    },
                    ["published"] = Stamp(d.Updated),
                    ["updated"] = Stamp(d.Updated),
                    ["content"] = new JsonObject { ["type"] = "application/json", ["src"] = _server.Url(PathOf(d)).AbsoluteUri },
                })]),
            },
        };
    }

    private string Metadata() => new JsonObject
    {
        ["canonical_url"] = _server.Url(MetadataPath).AbsoluteUri,
        ["distributions"] = new JsonArray
        {
            new JsonObject { ["directory_url"] = _server.Url("/.well-known/csaf/white/").AbsoluteUri },
            new JsonObject
            {
                ["rolie"] = new JsonObject
                {
                    ["feeds"] = new JsonArray
                    {
                        new JsonObject { ["summary"] = "TLP:WHITE advisories", ["tlp_label"] = "WHITE", ["url"] = _server.Url(FeedPath).AbsoluteUri },
                        new JsonObject { ["summary"] = "TLP:GREEN advisories", ["tlp_label"] = "GREEN", ["url"] = _server.Url(GreenFeedPath).AbsoluteUri },
                    },
                },
            },
        },
        ["last_updated"] = "2024-01-01T00:00:00.000Z",
        ["list_on_CSAF_aggregators"] = true,
        ["metadata_version"] = "2.0",
        ["mirror_on_CSAF_aggregators"] = true,
        ["publisher"] = new JsonObject { ["category"] = "coordinator", ["name"] = "ICS-CERT test provider", ["namespace"] = "https://www.cisa.gov" },
        ["role"] = "csaf_trusted_provider",
    }.ToJsonString();

    public static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>One advisory of the site: its path under the directory, bytes, tracking id and <c>current_release_date</c>.</summary>
    public sealed record Document(string Path, byte[] Bytes)
    {
        private readonly JsonNode _tracking = JsonNode.Parse(Bytes)!["document"]!["tracking"]!;

        public string TrackingId => (string)_tracking["id"]!;

        public DateTimeOffset Updated => DateTimeOffset.Parse((string)_tracking["current_release_date"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
    }
}
