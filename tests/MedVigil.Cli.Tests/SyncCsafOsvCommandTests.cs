using System.Globalization;
using System.IO.Compression;
using System.Text;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary><c>medvigil sync csaf|osv</c> against a real server on 127.0.0.1.</summary>
public sealed class SyncCsafOsvCommandTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FeedServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    /// <summary>The 2017 ICSMA advisories as a CSAF provider (directory and ROLIE); the first one's .sha256 wrong when asked.</summary>
    private CsafProviderSite ServeCsafProvider(bool wrongHash)
    {
        var site = new CsafProviderSite(_server, path => path.StartsWith("2017/", StringComparison.Ordinal));
        if (wrongHash)
        {
            site.WrongHash(site.Documents[0]);
        }

        return site;
    }

    [Fact]
    public async Task SyncCsafImportsAProviderThenChangesNothingOnASecondRun()
    {
        var cli = Cli.OnNewSqliteFile();
        var site = ServeCsafProvider(wrongHash: false);
        var (url, count) = (site.MetadataUrl.ToString(), site.Documents.Count);

        var first = await cli.RunAsync("sync", "csaf", url);
        var second = await cli.RunAsync("sync", "csaf", url);

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain($"{count} seen, {count} imported, 0 superseded an older revision, 0 unchanged, 0 stale, 0 failed (0 hash mismatches)");
        first.Output.ShouldContain("watermark " + site.Documents[^1].Updated.ToString("O", CultureInfo.InvariantCulture));
        second.Exit.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("0 seen, 0 imported");
    }

    [Fact]
    public async Task AWrongHashIsReportedAndExitsOne()
    {
        var site = ServeCsafProvider(wrongHash: true);

        var run = await Cli.OnNewSqliteFile().RunAsync("sync", "csaf", site.MetadataUrl.ToString());

        run.Exit.ShouldBe(1, run.ToString());
        run.Output.ShouldContain($"{site.Documents.Count - 1} imported");
        run.Output.ShouldContain("1 failed (1 hash mismatches)");
        run.Error.ShouldContain("Sha256 mismatch");
    }

    [Fact]
    public async Task SyncOsvImportsAnEcosystemArchive()
    {
        var files = Directory.GetFiles(SharedData.Path("osv", "golang-vulndb"), "*.json").Order(StringComparer.Ordinal).Take(3).ToList();
        using (var zipped = new MemoryStream())
        {
            using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files)
                {
                    zip.CreateEntryFromFile(file, Path.GetFileName(file));
                }
            }

            _server.Serve("/Go/all.zip", zipped.ToArray(), "application/zip");
        }

        _server.Serve("/Go/modified_id.csv", Encoding.UTF8.GetBytes(string.Concat(files.Select((f, i) =>
            string.Create(CultureInfo.InvariantCulture, $"2024-01-0{3 - i}T00:00:00Z,{Path.GetFileNameWithoutExtension(f)}\n")))), "text/csv");

        var run = await Cli.OnNewSqliteFile().RunAsync("sync", "osv", "Go", "--base-url", _server.Url("/").ToString());

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("Go (all.zip): 3 seen, 3 imported");
        run.Output.ShouldContain("watermark 2024-01-03T00:00:00.0000000+00:00");
    }

    [Theory]
    [InlineData("sync", "csaf", "ftp://example.com/provider-metadata.json")]
    [InlineData("sync", "osv", "Go", "--base-url", "not a url")]
    public async Task ABadUrlIsAUsageError(params string[] args)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync(args);

        run.Exit.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("is not an http(s) URL");
    }
}
