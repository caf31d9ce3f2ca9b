using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.CsafDistribution;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.CsafDistribution;

/// <summary>The CSAF distribution documents: the official examples read whole, bad input refused at its location.</summary>
public sealed class CsafDistributionReaderTests
{
    private static string Example(params string[] parts) => SharedData.Path(["csaf", "examples", .. parts]);

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void TheOfficialProviderMetadataExampleIsRead()
    {
        var read = CsafProviderMetadataReader.Read(Example("provider-metadata", "example-01-provider-metadata.json"));

        read.Issues.ShouldBeEmpty();
        var metadata = read.Document.ShouldNotBeNull();
        (metadata.Role, metadata.PublisherName, metadata.MetadataVersion).ShouldBe(("csaf_trusted_provider", "Example Company ProductCERT", "2.0"));
        metadata.LastUpdated.ShouldBe(new DateTimeOffset(2021, 7, 12, 20, 20, 56, 169, TimeSpan.Zero));
        var feed = metadata.Distributions.ShouldHaveSingleItem().RolieFeeds.ShouldHaveSingleItem();
        (feed.TlpLabel, feed.Url.AbsoluteUri).ShouldBe(("WHITE", "https://www.example.com/.well-known/csaf/feed-tlp-white.json"));
        metadata.PublicOpenPgpKeys.ShouldHaveSingleItem().Fingerprint.ShouldBe("8F5F267907B2C4559DB360DB2294BA7D2B2298B1");
    }

    [Theory]
    [InlineData("example-01-aggregator.json", 2)]
    [InlineData("example-02-aggregator.json", 2)]
    [InlineData("example-03-aggregator.json", 2)]
    public void TheOfficialAggregatorExamplesListTheirProviders(string file, int providers)
    {
        var read = CsafAggregatorReader.Read(Example("aggregator", file));

        read.Issues.ShouldBeEmpty();
        var aggregator = read.Document.ShouldNotBeNull();
        aggregator.Providers.Count.ShouldBe(providers);
        aggregator.Providers[0].MetadataUrl.AbsoluteUri.ShouldBe("https://www.example.com/.well-known/csaf/provider-metadata.json");
    }

    [Fact]
    public void TheOfficialRolieFeedExampleIsRead()
    {
        var read = CsafRolieFeedReader.Read(Example("ROLIE", "example-01-feed-tlp-white.json"));

        read.Issues.ShouldBeEmpty();
        var feed = read.Document.ShouldNotBeNull();
        feed.Id.ShouldBe("example-csaf-feed-tlp-white");
        feed.Next.ShouldBeNull();
        var entry = feed.Entries.ShouldHaveSingleItem();
        (entry.Id, entry.Document.AbsoluteUri).ShouldBe(("2020-ESA-001", "https://psirt.domain.tld/advisories/csaf/2020/2020-ESA-001.json"));
        entry.Hashes.ShouldHaveSingleItem().AbsoluteUri.ShouldEndWith(".json.sha512");
        entry.Signature!.AbsoluteUri.ShouldEndWith(".json.asc");
        entry.Updated.ShouldBe(new DateTimeOffset(2021, 1, 1, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void ProviderMetadataProblemsAreEachReportedAtTheirPointer()
    {
        const string json = """
            {"canonical_url":"ftp://example.com/pm.json","last_updated":"yesterday","list_on_CSAF_aggregators":true,
             "mirror_on_CSAF_aggregators":"yes","metadata_version":"2.0","role":"csaf_vendor",
             "publisher":{"category":"vendor","name":"X","namespace":"https://x"},
             "distributions":[{"rolie":{"feeds":[{"tlp_label":"PURPLE","url":"https://x/feed.json"}]}},{}]}
            """;

        var read = CsafProviderMetadataReader.Read(Text(json));

        read.Document.ShouldBeNull();
        read.Issues.Select(i => (i.Location, i.Code)).ShouldBe(
        [
            ("/canonical_url", "csaf-url"), ("/last_updated", "bad-date"), ("/mirror_on_CSAF_aggregators", "json-type"), ("/role", "csaf-role"),
            ("/distributions/0/rolie/feeds/0/tlp_label", "csaf-tlp"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void ARolieEntryWithoutADocumentOrWithABadTimeIsRefused()
    {
        const string json = """
            {"feed":{"id":"f","updated":"2024-01-01T00:00:00Z","link":[{"rel":"next","href":"https://x/page2.json"}],
             "entry":[{"id":"a","updated":"2024-01-01T00:00:00Z","link":[{"rel":"hash","href":"https://x/a.json.sha256"}]},
                      {"id":"b","updated":"Jan 2024","link":[{"rel":"self","href":"https://x/b.json"}]}]}}
            """;

        var read = CsafRolieFeedReader.Read(Text(json));

        read.Document.ShouldBeNull();
        read.Issues.Select(i => (i.Location, i.Code)).ShouldBe([("/feed/entry/0/link", "rolie-document"), ("/feed/entry/1/updated", "bad-date")], ignoreOrder: true);
    }

    [Fact]
    public void ARolieFeedNamesItsNextPage()
    {
        const string json = """{"feed":{"id":"f","updated":"2024-01-01T00:00:00Z","link":[{"rel":"next","href":"https://x/page2.json"}],"entry":[]}}""";

        CsafRolieFeedReader.Read(Text(json)).Document!.Next!.AbsoluteUri.ShouldBe("https://x/page2.json");
    }

    [Fact]
    public void ChangesCsvRowsAreReadNewestFirstWithTheirLines()
    {
        var read = CsafDirectoryListing.ReadChanges(Text("\"2023/b.json\",\"2023-02-01T00:00:00Z\"\n\n2022/a.json,2022-01-01T10:00:00.000Z\n"));

        read.Issues.ShouldBeEmpty();
        read.Document!.Select(c => (c.Path, c.Line)).ShouldBe([("2023/b.json", 1), ("2022/a.json", 3)]);
        read.Document![1].Timestamp.ShouldBe(new DateTimeOffset(2022, 1, 1, 10, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("\"../secret.json\",\"2023-01-01T00:00:00Z\"", "csaf-path")]
    [InlineData("\"/etc/a.json\",\"2023-01-01T00:00:00Z\"", "csaf-path")]
    [InlineData("\"https://evil/a.json\",\"2023-01-01T00:00:00Z\"", "csaf-path")]
    [InlineData("\"2023/a.txt\",\"2023-01-01T00:00:00Z\"", "csaf-path")]
    [InlineData("\"2023/a.json\",\"January\"", "bad-date")]
    [InlineData("\"2023/a.json\"", "csv-syntax")]
    [InlineData("\"2023/a.json,\"2023-01-01T00:00:00Z\"", "csv-syntax")]
    public void ABadChangesRowIsRefusedAtItsLine(string row, string code)
    {
        var read = CsafDirectoryListing.ReadChanges(Text("\"2023/ok.json\",\"2023-05-01T00:00:00Z\"\n" + row + "\n"));

        read.Document.ShouldBeNull();
        read.Issues.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Location.ShouldBe("line 2"), i => i.Code.ShouldBe(code));
    }

    [Fact]
    public void ChangesOutOfOrderAreAWarning()
    {
        var read = CsafDirectoryListing.ReadChanges(Text("a.json,2022-01-01T00:00:00Z\nb.json,2023-01-01T00:00:00Z\n"));

        read.IsValid.ShouldBeTrue();
        read.Issues.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Code.ShouldBe("csaf-changes-order"), i => i.Severity.ShouldBe(IssueSeverity.Warning));
    }

    [Fact]
    public void IndexTxtListsPathsAndRefusesOnesOutsideTheDirectory()
    {
        CsafDirectoryListing.ReadIndex(Text("2023/a.json\n2023/b.json\n")).Document!.ShouldBe(["2023/a.json", "2023/b.json"]);

        var bad = CsafDirectoryListing.ReadIndex(Text("2023/a.json\n2023/../../b.json\n"));

        bad.Document.ShouldBeNull();
        bad.Issues.ShouldHaveSingleItem().Location.ShouldBe("line 2");
    }

    [Fact]
    public void ListingsStopAtTheirRowAndByteLimits()
    {
        var rows = string.Concat(Enumerable.Range(0, 5).Select(i => $"{i}.json\n"));

        CsafDirectoryListing.ReadIndex(Text(rows), ReaderLimits.Default with { MaxItems = 3 }).Issues.ShouldHaveSingleItem().Code.ShouldBe("limit-items");
        CsafDirectoryListing.ReadIndex(Text(rows), ReaderLimits.Default with { MaxBytes = 10 }).Issues.ShouldHaveSingleItem().Code.ShouldBe("limit-size");
    }

    [Fact]
    public void HashFilesAreReadInBothFormsAndVerified()
    {
        var bytes = Encoding.UTF8.GetBytes("{}");
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

        var plain = CsafHashFile.Parse(CsafHashAlgorithm.Sha256, Encoding.ASCII.GetBytes(sha256 + "\n")).Hash!;
        var named = CsafHashFile.Parse(CsafHashAlgorithm.Sha256, Encoding.ASCII.GetBytes(sha256.ToUpperInvariant() + "  a.json\n")).Hash!;

        plain.Verify(bytes).ShouldBeTrue();
        named.Verify(bytes).ShouldBeTrue();
        plain.Verify(Encoding.UTF8.GetBytes("{ }")).ShouldBeFalse();
        CsafHashFile.Parse(CsafHashAlgorithm.Sha512, Encoding.ASCII.GetBytes(sha256)).Error.ShouldBe("the hash file does not start with 128 hex digits");
        CsafHashFile.AlgorithmOf(new Uri("https://x/a.json.sha512")).ShouldBe(CsafHashAlgorithm.Sha512);
        CsafHashFile.AlgorithmOf(new Uri("https://x/a.json.asc")).ShouldBeNull();
    }

    [Theory]
    [InlineData("https://x/csaf/", "2023/a.json", "https://x/csaf/2023/a.json")]
    [InlineData("https://x/csaf", "2023/a.json", "https://x/csaf/2023/a.json")]
    [InlineData("https://x/csaf/", "../a.json", null)]
    [InlineData("https://x/csaf/", "2023//a.json", null)]
    [InlineData("https://x/csaf/", "a.json?x=1", null)]
    public void DirectoryPathsStayUnderTheDirectory(string directory, string path, string? expected) =>
        DistributionUrls.Under(new Uri(directory), path)?.AbsoluteUri.ShouldBe(expected);
}
