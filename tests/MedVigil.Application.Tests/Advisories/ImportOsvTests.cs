using System.Text;
using System.Text.Json.Nodes;
using MedVigil.Application.Advisories;
using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Advisories;

public sealed class ImportOsvTests
{
    private const string Sample = "GO-2025-4257";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string GoVulnDb => SharedData.Path("osv", "golang-vulndb");

    private static async Task<Result<OsvImportResult>> ImportAsync(TestHost host, string source, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return await host.Get<ImportOsv>().ExecuteAsync(new ImportOsvCommand(source, stream), Ct);
    }

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    private static async Task<(int Advisories, int Documents, int Vulnerabilities)> CountRowsAsync(TestHost host)
    {
        var db = Db(host);
        return (await db.Advisories.CountAsync(Ct), await db.SourceDocuments.CountAsync(Ct), await db.Vulnerabilities.CountAsync(Ct));
    }

    private static async Task<RevisionImportTotals> ImportAllAsync(TestHost host, IEnumerable<string> files)
    {
        var totals = RevisionImportTotals.Empty;
        foreach (var file in files)
        {
            var result = await ImportAsync(host, file, await File.ReadAllBytesAsync(file, Ct));
            result.IsSuccess.ShouldBeTrue($"{file}: {result.Error?.Message} {string.Join("; ", result.Error?.Fields ?? [])}");
            totals = totals.Add(result.Value);
        }

        return totals;
    }

    private static byte[] Modified(string modified)
    {
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(GoVulnDb, Sample + ".json")))!;
        record["modified"] = modified;
        return Encoding.UTF8.GetBytes(record.ToJsonString());
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheGoVulnDbRecordsImportAndASecondRunIsANoOp(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var files = Directory.GetFiles(GoVulnDb, "*.json").Order(StringComparer.Ordinal).ToList();

        var first = await ImportAllAsync(host, files);
        var afterFirst = await CountRowsAsync(host);
        var second = await ImportAllAsync(host, files);

        (first.Read, first.Imported, first.Superseded, first.Stale, first.Failed, first.VulnerabilitiesAdded).ShouldBe((215, 215, 0, 0, 0, 215));
        (second.Read, second.Unchanged, second.Imported).ShouldBe((215, 215, 0));
        afterFirst.ShouldBe((215, 215, 215));
        (await CountRowsAsync(host)).ShouldBe(afterFirst);
        (await Db(host).Vulnerabilities.SingleAsync(v => v.Id == Sample, Ct)).Title.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ALaterModifiedSupersedesAndAnEarlierOneIsStale(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);

        var first = await ImportAsync(host, "first", Modified("2025-01-01T00:00:00Z"));
        var newer = await ImportAsync(host, "newer", Modified("2025-02-01T00:00:00Z"));
        var before = await CountRowsAsync(host);
        var earlier = await ImportAsync(host, "earlier", Modified("2024-12-01T00:00:00Z"));

        first.Value!.Outcome.ShouldBe(RevisionOutcome.Imported);
        newer.Value!.Outcome.ShouldBe(RevisionOutcome.Superseded);
        earlier.Value!.Outcome.ShouldBe(RevisionOutcome.Stale);
        before.ShouldBe((2, 2, 1));
        (await CountRowsAsync(host)).ShouldBe(before);
        var revisions = await Db(host).Advisories.Where(a => a.Source == AdvisorySource.Osv && a.ExternalId == Sample).ToListAsync(Ct);
        var current = revisions.Single(a => a.IsCurrent);
        current.Revision.ShouldBe("2025-02-01T00:00:00.0000000+00:00");
        revisions.Single(a => !a.IsCurrent).SupersededById.ShouldBe(current.Id);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ATruncatedRecordStoresNothing(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(GoVulnDb, Sample + ".json"), Ct);

        var result = await ImportAsync(host, "truncated", bytes[..(bytes.Length / 2)]);

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Fields.ShouldNotBeEmpty();
        (await CountRowsAsync(host)).ShouldBe((0, 0, 0));
    }
}
