using MedVigil.Application.Advisories;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Corpus;

/// <summary>
/// "Imports without error" over the advisory corpora of shared/data not already covered by the use-case tests (the 134
/// ICSMA advisories: ImportCsafTests; the 200 NVD records: ImportNvdTests; the 215 Go vulndb records: ImportOsvTests;
/// the VEX documents: ImportVexTests): the CSAF examples, the NVD API response pages and every OSV record. One
/// database per provider for the class.
/// </summary>
public sealed class AdvisoryCorpusTests(CorpusDatabase database) : IClassFixture<CorpusDatabase>
{
    // Files under nvd/api-responses that are responses of other NVD APIs, not CVE API pages: refused for having no
    // "vulnerabilities" (the file, the pointer and the reason are in the error).
    private static readonly Dictionary<string, string> NotCvePages = new(StringComparer.Ordinal)
    {
        ["cpematch-CVE-2022-32223.json"] = "/vulnerabilities: json-missing", // the CPE match API
        ["cpes-2023.json"] = "/vulnerabilities: json-missing", // the CPE dictionary API
        ["cvehistory-CVE-2019-1010218.json"] = "/vulnerabilities: json-missing", // the CVE change history API
        ["sources-20.json"] = "/vulnerabilities: json-missing", // the source API
    };

    // Files under osv/ that are not importable OSV records, each refused with its reason.
    private static readonly Dictionary<string, string> NotValidOsv = new(StringComparer.Ordinal)
    {
        // The OSV linter's test data, written to break a rule: a range without an introduced event, a version twice.
        ["osv-schema-linter-testdata/nointroduced-CVE-2023-41045.json"] = "osv-no-introduced",
        ["osv-schema-linter-testdata/nondistinct-CVE-2018-5407.json"] = "osv-event-duplicate",
        // The CSAF input of Red Hat's CSAF-to-OSV converter (its OSV output beside it imports).
        ["redhat-csaf-to-osv/CSAF/rhsa-2024_4546.json"] = "/id: json-missing",
    };

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheCsafExamplesImport(DatabaseKind kind)
    {
        var host = await database.HostAsync(kind);
        var root = SharedData.Path("csaf", "examples", "csaf");

        var passed = await CorpusRun.ImportAsync("CSAF examples", root, CorpusRun.Files(root, ".json"), new Dictionary<string, string>(),
            async (file, bytes, ct) =>
            {
                using var content = new MemoryStream(bytes);
                return CorpusRun.ErrorOf(await host.Get<ImportCsaf>().ExecuteAsync(new ImportCsafCommand(file, content), ct));
            });

        passed.ShouldBe(19, "6 advisories and 13 CSAF VEX documents");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheNvdApiResponsePagesThatAreCvePagesImport(DatabaseKind kind)
    {
        var host = await database.HostAsync(kind);
        var root = SharedData.Path("nvd", "api-responses");

        var passed = await CorpusRun.ImportAsync("NVD API responses", root, CorpusRun.Files(root, ".json"), NotCvePages,
            async (file, bytes, ct) =>
            {
                using var content = new MemoryStream(bytes);
                return CorpusRun.ErrorOf(await host.Get<ImportNvd>().ExecuteAsync(new ImportNvdCommand(file, content), ct));
            });

        passed.ShouldBe(3);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task EveryOsvRecordImports(DatabaseKind kind)
    {
        var host = await database.HostAsync(kind);
        var root = SharedData.Path("osv");
        var files = CorpusRun.Files(root, ".json").Where(f => !CorpusRun.Relative(root, f).StartsWith("schema/", StringComparison.Ordinal)).ToList();

        var passed = await CorpusRun.ImportAsync("OSV records", root, files, NotValidOsv,
            async (file, bytes, ct) =>
            {
                using var content = new MemoryStream(bytes);
                return CorpusRun.ErrorOf(await host.Get<ImportOsv>().ExecuteAsync(new ImportOsvCommand(file, content), ct));
            });

        (files.Count, passed).ShouldBe((245, 242));
    }
}
