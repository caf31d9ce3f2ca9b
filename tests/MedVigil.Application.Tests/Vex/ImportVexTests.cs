using System.Text;
using System.Text.Json.Nodes;
using MedVigil.Application.Advisories;
using MedVigil.Application.Tests.Corpus;
using MedVigil.Application.Vex;
using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Vex;

public sealed class ImportVexTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string OpenVexSample => SharedData.Path("openvex", "go-vex-testdata", "vex", "testdata", "v0.2.0.json");

    private static async Task<Result<VexImportResult>> ImportAsync(TestHost host, string source, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return await host.Get<ImportVex>().ExecuteAsync(new ImportVexCommand(source, stream), Ct);
    }

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    private static async Task<(int Advisories, int Documents, int Vulnerabilities)> CountRowsAsync(TestHost host)
    {
        var db = Db(host);
        return (await db.Advisories.CountAsync(Ct), await db.SourceDocuments.CountAsync(Ct), await db.Vulnerabilities.CountAsync(Ct));
    }

    internal static Task<RevisionImportTotals> ImportAllAsync(TestHost host, IEnumerable<string> files) => ImportRuns.ImportAllAsync(
        files, RevisionImportTotals.WithStatements, (file, content, ct) => host.Get<ImportVex>().ExecuteAsync(new ImportVexCommand(file, content), ct),
        (totals, result) => totals.Add(result));

    private static byte[] OpenVexWith(int version, string timestamp)
    {
        var document = JsonNode.Parse(File.ReadAllText(OpenVexSample))!;
        (document["version"], document["timestamp"]) = (version, timestamp);
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheCsafVexExamplesImportAsVexAndASecondRunIsANoOp(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var files = VexSamples.CsafVex();

        var first = await ImportAllAsync(host, files);
        var second = await ImportAllAsync(host, files);

        (first.Read, first.Imported, first.Stale, first.Failed, first.Statements, first.VulnerabilitiesAdded).ShouldBe((13, 13, 0, 0, 53, 22));
        (second.Read, second.Unchanged).ShouldBe((13, 13));
        (await CountRowsAsync(host)).ShouldBe((13, 13, 22));
        var advisory = await Db(host).Advisories.SingleAsync(a => a.ExternalId == "SEC-VEX-2022-0001", Ct);
        (advisory.Source, advisory.Revision, advisory.IsCurrent).ShouldBe((AdvisorySource.Vex, "1", true));
        advisory.Publisher.ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheOpenVexDocumentsImportAndThoseRepeatingAnIdAndRevisionAreStale(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var files = VexSamples.OpenVex();

        var totals = await ImportAllAsync(host, files);

        // 18 documents, 13 distinct @id: go-vex's CSAF-conversion output and its two 0.0.1 inputs share one @id, version and
        // timestamp, so do vexctl's three SARIF samples and go-vex's two 0.0.1 merge inputs; the first of each is kept.
        (totals.Read, totals.Imported, totals.Superseded, totals.Stale, totals.Failed).ShouldBe((18, 13, 0, 5, 0));
        (await CountRowsAsync(host)).Advisories.ShouldBe(13);
        TestContext.Current.TestOutputHelper?.WriteLine($"OpenVEX import: {totals}");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheCycloneDxVexExamplesImport(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var files = VexSamples.CycloneDxVex();

        var totals = await ImportAllAsync(host, files);

        (totals.Read, totals.Imported, totals.Superseded, totals.Stale, totals.Failed).ShouldBe((25, 25, 0, 0, 0));
        TestContext.Current.TestOutputHelper?.WriteLine($"CycloneDX VEX import: {totals}");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ARevisedOpenVexSupersedesAndAnOlderOrEqualOneIsStale(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);

        var first = await ImportAsync(host, "v1", OpenVexWith(1, "2023-07-17T18:28:47Z"));
        var later = await ImportAsync(host, "v1-later", OpenVexWith(1, "2023-07-18T00:00:00Z"));
        var second = await ImportAsync(host, "v2", OpenVexWith(2, "2023-07-01T00:00:00Z"));
        var before = await CountRowsAsync(host);
        var older = await ImportAsync(host, "v1-again", OpenVexWith(1, "2023-07-19T00:00:00Z"));

        (first.Value!.Outcome, first.Value.Format, first.Value.Statements).ShouldBe((RevisionOutcome.Imported, VexFormat.OpenVex, 5));
        later.Value!.Outcome.ShouldBe(RevisionOutcome.Superseded);
        second.Value!.Outcome.ShouldBe(RevisionOutcome.Superseded);
        older.Value!.Outcome.ShouldBe(RevisionOutcome.Stale);
        (await CountRowsAsync(host)).ShouldBe(before);
        var revisions = await Db(host).Advisories.Where(a => a.Source == AdvisorySource.Vex).ToListAsync(Ct);
        revisions.Count.ShouldBe(3);
        revisions.Single(a => a.IsCurrent).Revision.ShouldBe("2/2023-07-01T00:00:00.0000000+00:00");
        revisions.Count(a => !a.IsCurrent).ShouldBe(2);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheImportIsAuditedInTheTenantAndTheSameBytesTwiceAreANoOp(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var bytes = await File.ReadAllBytesAsync(OpenVexSample, Ct);

        var first = await ImportAsync(host, "v0.2.0.json", bytes);
        var again = await ImportAsync(host, "v0.2.0.json", bytes);

        first.Value!.VulnerabilitiesAdded.ShouldBeGreaterThan(0);
        (again.Value!.Outcome, again.Value.Sha256).ShouldBe((RevisionOutcome.Unchanged, first.Value.Sha256));
        var audit = await Db(host).AuditEvents.Where(e => e.Action == "advisory.imported").ToListAsync(Ct);
        audit.ShouldHaveSingleItem().Summary.ShouldContain("VEX (openvex-0.2.0)");
        (await Db(host).SourceDocuments.SingleAsync(Ct)).Format.ShouldBe("openvex-0.2.0");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task DocumentsThatAreNotVexAreRefusedWithWhereAndStoreNothing(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var advisory = await File.ReadAllBytesAsync(SharedData.Path("csaf", "examples", "csaf", "bsi-2022-0001.json"), Ct);
        var sbom = await File.ReadAllBytesAsync(SharedData.Path("cyclonedx", "examples", "SBOM", "laravel-7.12.0", "bom.1.4.json"), Ct);
        var openVex = await File.ReadAllBytesAsync(OpenVexSample, Ct);

        var cases = new (string Name, byte[] Bytes, string Pointer)[]
        {
            ("advisory", advisory, "/document/category"),
            ("sbom", sbom, "/vulnerabilities"),
            ("unknown", "{\"hello\":1}"u8.ToArray(), "/"),
            ("truncated", openVex[..(openVex.Length / 2)], ""),
        };
        foreach (var (name, bytes, pointer) in cases)
        {
            var result = await ImportAsync(host, name, bytes);
            result.IsSuccess.ShouldBeFalse(name);
            result.Error!.Message.ShouldStartWith(name + ":");
            result.Error.Fields.ShouldNotBeEmpty(name);
            if (pointer.Length > 0)
            {
                result.Error.Fields[0].Field.ShouldBe(pointer, name);
            }
        }

        (await CountRowsAsync(host)).ShouldBe((0, 0, 0));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ACsafVexGivenToImportCsafStillImportsAsCsaf(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        using var stream = File.OpenRead(VexSamples.CsafVex()[0]);

        var result = await host.Get<ImportCsaf>().ExecuteAsync(new ImportCsafCommand("vex", stream), Ct);

        result.Value.Outcome.ShouldBe(RevisionOutcome.Imported);
        (await Db(host).Advisories.SingleAsync(Ct)).Source.ShouldBe(AdvisorySource.Csaf);
    }
}
