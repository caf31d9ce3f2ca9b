using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary><c>medvigil sync csaf|osv</c> against a real server on 127.0.0.1.</summary>
public sealed class SyncCsafOsvCommandTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FeedServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Three 2017 ICSMA advisories as a directory distribution; the first one's .sha256 wrong when asked.</summary>
    private Uri ServeCsafProvider(bool wrongHash)
    {
        var root = SharedData.Path("icsma");
        var paths = Directory.GetFiles(Path.Combine(root, "2017"), "*.json").Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).Take(3).ToList();
        var changes = new StringBuilder();
        for (var i = 0; i < paths.Count; i++)
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, paths[i]));
            var hash = Convert.ToHexStringLower(SHA256.HashData(wrongHash && i == 0 ? [.. bytes, (byte)' '] : bytes));
            _server.Serve("/csaf/white/" + paths[i], bytes);
            _server.Serve("/csaf/white/" + paths[i] + ".sha256", Encoding.ASCII.GetBytes(hash + "  " + Path.GetFileName(paths[i])), "text/plain");
            changes.Insert(0, string.Create(CultureInfo.InvariantCulture, $"\"{paths[i]}\",\"2017-01-{i + 1:00}T00:00:00Z\"\n"));
        }

        _server.Serve("/csaf/white/changes.csv", Encoding.UTF8.GetBytes(changes.ToString()), "text/csv");
        _server.Serve("/csaf/white/index.txt", Encoding.UTF8.GetBytes(string.Join('\n', paths)), "text/plain");
        _server.Serve("/csaf/provider-metadata.json", Encoding.UTF8.GetBytes($$$"""
            {"canonical_url":"{{{_server.Url("/csaf/provider-metadata.json")}}}","distributions":[{"directory_url":"{{{_server.Url("/csaf/white/")}}}"}],
             "last_updated":"2024-01-01T00:00:00Z","list_on_CSAF_aggregators":true,"mirror_on_CSAF_aggregators":true,"metadata_version":"2.0",
             "publisher":{"category":"coordinator","name":"Test","namespace":"https://test.example"},"role":"csaf_trusted_provider"}
            """));
        return _server.Url("/csaf/provider-metadata.json");
    }

    [Fact]
    public async Task SyncCsafImportsAProviderThenChangesNothingOnASecondRun()
    {
        var cli = Cli.OnNewSqliteFile();
        var url = ServeCsafProvider(wrongHash: false).ToString();

        var first = await cli.RunAsync("sync", "csaf", url);
        var second = await cli.RunAsync("sync", "csaf", url);

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("3 seen, 3 imported, 0 superseded an older revision, 0 unchanged, 0 stale, 0 failed (0 hash mismatches)");
        first.Output.ShouldContain("watermark 2017-01-03T00:00:00.0000000+00:00");
        second.Exit.ShouldBe(0, second.ToString());
        second.Output.ShouldContain("0 seen, 0 imported");
    }

    [Fact]
    public async Task AWrongHashIsReportedAndExitsOne()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("sync", "csaf", ServeCsafProvider(wrongHash: true).ToString());

        run.Exit.ShouldBe(1, run.ToString());
        run.Output.ShouldContain("2 imported");
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
