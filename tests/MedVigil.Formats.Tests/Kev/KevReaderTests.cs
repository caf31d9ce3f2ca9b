using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.Kev;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Kev;

/// <summary>The KEV catalog reader against the two real releases in shared/data/kev and malformed input.</summary>
public sealed class KevReaderTests
{
    private static string Current => SharedData.Path("kev", "known_exploited_vulnerabilities.json");

    private static string Older => SharedData.Path("kev", "history", "known_exploited_vulnerabilities-2025.01.24.json");

    private static ReadResult<KevCatalog> ReadText(string json, ReaderLimits? limits = null) =>
        KevReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits);

    private const string OneEntry = """
        {"catalogVersion":"1","dateReleased":"2025-08-25T17:04:19.9796Z","count":1,"vulnerabilities":[
          {"cveID":"CVE-2025-48384","vendorProject":"Git","product":"Git","vulnerabilityName":"n","dateAdded":"2025-08-25",
           "shortDescription":"d","requiredAction":"a","dueDate":"2025-09-15","knownRansomwareCampaignUse":"Unknown","notes":"","cwes":["CWE-59"]}]}
        """;

    [Fact]
    public void TheCurrentReleaseReadsWithEveryField()
    {
        var result = KevReader.Read(Current);

        result.Issues.ShouldBeEmpty();
        var catalog = result.Document!;
        catalog.CatalogVersion.ShouldBe("2025.08.25");
        catalog.DateReleased.ShouldBe(new DateTimeOffset(2025, 8, 25, 17, 4, 19, 979, TimeSpan.Zero).AddTicks(6000));
        catalog.Vulnerabilities.Count.ShouldBe(1404);
        catalog.Vulnerabilities.Count(v => v.KnownRansomwareCampaignUse == "Known").ShouldBe(293);
        var git = catalog.Vulnerabilities[0];
        git.CveId.ShouldBe("CVE-2025-48384");
        git.DueDate.ShouldBe(new DateOnly(2025, 9, 15));
        git.Cwes.ShouldBe(["CWE-59", "CWE-436"]);
        git.Notes.ShouldContain("https://github.com/git/git/security/advisories/GHSA-vwqx-4fm8-6qc9");
        TestContext.Current.TestOutputHelper?.WriteLine($"KEV 2025.08.25: {catalog.Vulnerabilities.Count} entries read");
    }

    [Fact]
    public void TheDiffOfTheTwoReleasesFindsTheAddedAndChangedEntries()
    {
        var older = KevReader.Read(Older).Document!;
        var newer = KevReader.Read(Current).Document!;
        older.Vulnerabilities.Count.ShouldBe(1252);

        var diff = KevCatalog.Diff(older, newer);

        // The manifest: every 2025.01.24 CVE is still listed and 152 are new; 49 entries were edited (counted independently).
        diff.Added.Count.ShouldBe(152);
        diff.Added.ShouldContain("CVE-2025-48384");
        diff.Removed.ShouldBeEmpty();
        diff.Changed.Count.ShouldBe(49);
        KevCatalog.Diff(newer, older).Removed.ShouldBe(diff.Added);
        KevCatalog.Diff(newer, newer).ShouldBe(new KevCatalogDiff([], [], []), new DiffComparer());
    }

    [Fact]
    public void ACountThatDisagreesWithTheListIsAnError()
    {
        var result = ReadText(OneEntry.Replace("\"count\":1", "\"count\":2", StringComparison.Ordinal));

        result.Document.ShouldBeNull();
        result.Issues.ShouldHaveSingleItem().ShouldBe(new FormatIssue("/count", "kev-count", "count is 2 but the catalog lists 1 vulnerabilities."));
    }

    [Theory]
    [InlineData("\"cveID\":\"CVE-2025-48384\"", "\"cveID\":\"CVE-25-1\"", "/vulnerabilities/0/cveID", "kev-cve-id")] // not a CVE id
    [InlineData("\"dueDate\":\"2025-09-15\"", "\"dueDate\":\"15/09/2025\"", "/vulnerabilities/0/dueDate", "bad-date")] // not ISO
    [InlineData("\"dueDate\":\"2025-09-15\",", "", "/vulnerabilities/0/dueDate", "json-missing")] // required by the schema
    [InlineData("\"cwes\":[\"CWE-59\"]", "\"cwes\":\"CWE-59\"", "/vulnerabilities/0/cwes", "json-type")] // wrong type
    [InlineData("\"count\":1", "\"count\":\"1\"", "/count", "json-type")] // wrong type at the top
    public void ABadFieldIsAnErrorAtItsPointer(string find, string replace, string pointer, string code)
    {
        var result = ReadText(OneEntry.Replace(find, replace, StringComparison.Ordinal));

        result.Document.ShouldBeNull();
        result.Errors.ShouldContain(i => i.Location == pointer && i.Code == code);
    }

    [Fact]
    public void ACveListedTwiceIsAnErrorOnTheSecond()
    {
        var entry = OneEntry[(OneEntry.IndexOf('[', StringComparison.Ordinal) + 1)..OneEntry.LastIndexOf(']')];
        var result = ReadText(OneEntry.Replace("\"count\":1", "\"count\":2", StringComparison.Ordinal).Replace(entry, entry + "," + entry, StringComparison.Ordinal));

        result.Errors.ShouldHaveSingleItem().Location.ShouldBe("/vulnerabilities/1/cveID");
    }

    [Fact]
    public void TooManyEntriesAreRefused() =>
        ReadText(OneEntry, ReaderLimits.Default with { MaxItems = 0 }).Errors.ShouldContain(i => i.Code == "limit-items" && i.Location == "/vulnerabilities");

    private sealed class DiffComparer : IEqualityComparer<KevCatalogDiff>
    {
        public bool Equals(KevCatalogDiff? x, KevCatalogDiff? y) =>
            x!.Added.SequenceEqual(y!.Added) && x.Removed.SequenceEqual(y.Removed) && x.Changed.SequenceEqual(y.Changed);

        public int GetHashCode(KevCatalogDiff obj) => 0;
    }
}
