using MedVigil.Formats.Osv;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Osv;

/// <summary>The OSV reader against every OSV record in shared/data/osv.</summary>
public sealed class OsvSharedDataTests
{
    // The OSV linter's deliberately defective cases, by file name prefix, with the issue each must give.
    private static readonly Dictionary<string, string> LinterDefects = new(StringComparer.Ordinal)
    {
        ["nointroduced-"] = "osv-no-introduced", // a range whose "introduced": "0" was removed
        ["nondistinct-"] = "osv-event-duplicate", // a GIT range introducing and fixing the same commit
    };

    // Known failures: defective cases the reader cannot see. A listed file that starts failing makes the test fail.
    private static readonly Dictionary<string, string> KnownUndetected = new(StringComparer.Ordinal)
    {
        // The linter asks PyPI whether "Gradi0" exists (and drops an invalid version); a network lookup, not a format check.
        ["nopackage-GHSA-9v2f-6vcg-3hgv.json"] = "package existence needs the ecosystem's registry",
    };

    private static string[] Files(string folder) =>
        [.. Directory.GetFiles(SharedData.Path("osv", folder), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("golang-vulndb", 215)] // every 20th record of the Go vulnerability database
    [InlineData("osv-schema-ghsa-converted", 11)] // GHSA conversion edge cases
    [InlineData("osv.dev-testdata", 4)] // CVE, DSA, GHSA and UBUNTU records from osv.dev's tests
    [InlineData("redhat-csaf-to-osv/OSV", 2)] // Red Hat advisories converted from CSAF
    public void EveryRecordReadsWithoutIssues(string folder, int expected)
    {
        var files = Files(folder);
        var results = files.Select(f => (File: f, Result: OsvReader.Read(f))).ToList();

        results.Where(r => r.Result.Issues.Count > 0).Select(r => $"{Path.GetFileName(r.File)}: {r.Result.Issues[0]}").ShouldBeEmpty();
        files.Length.ShouldBe(expected);
        results.ShouldAllBe(r => r.Result.Document!.Id.Length > 0);
        TestContext.Current.TestOutputHelper?.WriteLine($"OSV {folder}: {results.Count}/{files.Length} read");
    }

    [Fact]
    public void LinterCasesGiveTheirExpectedOutcome()
    {
        var files = Files("osv-schema-linter-testdata");
        var outcomes = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var result = OsvReader.Read(file);
            var defect = LinterDefects.FirstOrDefault(d => name.StartsWith(d.Key, StringComparison.Ordinal)).Value;
            if (defect is not null)
            {
                result.Document.ShouldBeNull(name);
                result.Errors.Select(i => i.Code).Distinct().ShouldBe([defect], name);
            }
            else
            {
                result.Issues.ShouldBeEmpty(name + (KnownUndetected.TryGetValue(name, out var why) ? $" (known: {why})" : ""));
            }

            outcomes.Add($"{name}: {(result.IsValid ? "valid" : "invalid")}");
        }

        files.Length.ShouldBe(12);
        outcomes.Count(o => o.EndsWith("invalid", StringComparison.Ordinal)).ShouldBe(LinterDefects.Count);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, outcomes));
    }

    [Fact]
    public void SeveralIntroducedFixedPairsStayInOrder()
    {
        var record = OsvReader.Read(SharedData.Path("osv", "golang-vulndb", "GO-2022-0959.json")).Document!;

        var range = record.Affected.First(a => a.Package?.Name == "github.com/cilium/cilium").Ranges.ShouldHaveSingleItem();
        range.Type.ShouldBe(OsvRangeType.Semver);
        range.Events.Take(6).ShouldBe([
            new OsvEvent(OsvEventKind.Introduced, "0"), new OsvEvent(OsvEventKind.Fixed, "1.10.14"),
            new OsvEvent(OsvEventKind.Introduced, "1.11.0"), new OsvEvent(OsvEventKind.Fixed, "1.11.8"),
            new OsvEvent(OsvEventKind.Introduced, "1.12.0"), new OsvEvent(OsvEventKind.Fixed, "1.12.1")]);
    }

    [Fact]
    public void AnUnorderedGhsaConversionKeepsItsEventsAsWritten()
    {
        var record = OsvReader.Read(SharedData.Path("osv", "osv-schema-ghsa-converted", "multiple_ranges_in_package.osv.json")).Document!;

        record.Affected.ShouldHaveSingleItem().Ranges.ShouldHaveSingleItem().Events.Select(e => (e.Kind, e.Version)).ShouldBe([
            (OsvEventKind.Introduced, "0"), (OsvEventKind.Introduced, "4.0.1"), (OsvEventKind.Fixed, "4.0.5"), (OsvEventKind.Fixed, "3.0.21")]);
    }

    [Fact]
    public void AWithdrawnRecordSaysSo()
    {
        var record = OsvReader.Read(SharedData.Path("osv", "osv-schema-ghsa-converted", "withdrawn.osv.json")).Document!;

        record.IsWithdrawn.ShouldBeTrue();
        record.Withdrawn.ShouldBe(new DateTimeOffset(2018, 10, 11, 17, 29, 49, TimeSpan.Zero));
    }
}
