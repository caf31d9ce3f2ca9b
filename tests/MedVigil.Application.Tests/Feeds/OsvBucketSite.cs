using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Feeds;

/// <summary>
/// ../shared/data/osv/golang-vulndb served by a <see cref="FeedServer"/> in OSV's bucket layout for ecosystem
/// <c>Go</c>: <c>/Go/all.zip</c>, <c>/Go/modified_id.csv</c> (newest first) and <c>/Go/ID.json</c>. The records'
/// own <c>modified</c> is stripped in that data set, so the listing's times are their <c>published</c> times.
/// </summary>
internal sealed class OsvBucketSite
{
    public const string ArchivePath = "/Go/all.zip";
    public const string ListingPath = "/Go/modified_id.csv";

    private readonly FeedServer _server;
    private readonly Dictionary<string, (byte[] Bytes, DateTimeOffset Modified)> _records = new(StringComparer.Ordinal);

    public OsvBucketSite(FeedServer server)
    {
        _server = server;
        foreach (var file in Directory.GetFiles(SharedData.Path("osv", "golang-vulndb"), "*.json"))
        {
            var bytes = File.ReadAllBytes(file);
            var published = DateTimeOffset.Parse((string)JsonNode.Parse(bytes)!["published"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            _records[Path.GetFileNameWithoutExtension(file)] = (bytes, published);
        }

        foreach (var (id, record) in _records)
        {
            _server.Serve(RecordPath(id), record.Bytes);
        }

        _server.Serve(ArchivePath, Zip(_records.Select(r => (r.Key + ".json", r.Value.Bytes))), "application/zip");
        PublishListing();
    }

    public int Count => _records.Count;

    public DateTimeOffset Newest => _records.Values.Max(r => r.Modified);

    public Uri BaseUrl => _server.Url("/");

    public static string RecordPath(string id) => "/Go/" + id + ".json";

    public IReadOnlyList<string> RecordRequests() =>
        [.. _server.Requests.Select(r => r.Path).Where(p => p.StartsWith("/Go/GO-", StringComparison.Ordinal))];

    /// <summary>A new revision of a record (its <c>modified</c> set to <paramref name="when"/>), served and listed first.</summary>
    public void Modify(string id, DateTimeOffset when)
    {
        var json = JsonNode.Parse(_records[id].Bytes)!;
        json["modified"] = when.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        _records[id] = (Encoding.UTF8.GetBytes(json.ToJsonString()), when);
        _server.Serve(RecordPath(id), _records[id].Bytes);
        PublishListing();
    }

    public static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private void PublishListing() => _server.Serve(ListingPath, Encoding.UTF8.GetBytes(string.Concat(_records
        .OrderByDescending(r => r.Value.Modified).ThenBy(r => r.Key, StringComparer.Ordinal)
        .Select(r => r.Value.Modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "," + r.Key + "\n"))), "text/csv");
}
