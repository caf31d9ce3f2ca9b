using System.Globalization;
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

public sealed class ImportNvdTests
{
    private const string Sample = "CVE-2022-31610";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Records => SharedData.Path("nvd", "cve-records");

    private static async Task<Result<NvdImportResult>> ImportAsync(TestHost host, string source, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return await host.Get<ImportNvd>().ExecuteAsync(new ImportNvdCommand(source, stream), Ct);
    }

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    private static async Task<(int Advisories, int Documents, int Vulnerabilities)> CountRowsAsync(TestHost host)
    {
        var db = Db(host);
        return (await db.Advisories.CountAsync(Ct), await db.SourceDocuments.CountAsync(Ct), await db.Vulnerabilities.CountAsync(Ct));
    }

    private static async Task<NvdImportTotals> ImportAllAsync(TestHost host, IEnumerable<string> files)
    {
        var totals = NvdImportTotals.Empty;
        foreach (var file in files)
        {
            var result = await ImportAsync(host, file, await File.ReadAllBytesAsync(file, Ct));
            result.IsSuccess.ShouldBeTrue($"{file}: {result.Error?.Message} {string.Join("; ", result.Error?.Fields ?? [])}");
            totals = totals.Add(result.Value);
        }

        return totals;
    }

    /// <summary>The sample record with <c>lastModified</c> moved by <paramref name="days"/> and a new description.</summary>
    private static byte[] Edited(int days, string description)
    {
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(Records, Sample + ".json")))!;
        var cve = record["cve"]!;
        var modified = DateTime.Parse(cve["lastModified"]!.GetValue<string>(), CultureInfo.InvariantCulture).AddDays(days);
        cve["lastModified"] = modified.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
        cve["descriptions"]!.AsArray().Single(d => d!["lang"]!.GetValue<string>() == "en")!["value"] = description;
        return Encoding.UTF8.GetBytes(record.ToJsonString());
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AllTwoHundredRecordsImportAndASecondRunIsANoOp(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var files = Directory.GetFiles(Records, "*.json").Order(StringComparer.Ordinal).ToList();

        var first = await ImportAllAsync(host, files);
        var afterFirst = await CountRowsAsync(host);
        var second = await ImportAllAsync(host, files);

        files.Count.ShouldBe(200);
        (first.Files, first.Records, first.Imported, first.Superseded, first.Stale, first.Failed, first.VulnerabilitiesAdded)
            .ShouldBe((200, 200, 200, 0, 0, 0, 200));
        (second.Files, second.Unchanged, second.Imported).ShouldBe((200, 200, 0));
        afterFirst.ShouldBe((200, 200, 200));
        (await CountRowsAsync(host)).ShouldBe(afterFirst);
        var db = Db(host);
        var advisory = await db.Advisories.SingleAsync(a => a.Source == AdvisorySource.Nvd && a.ExternalId == Sample, Ct);
        advisory.Revision.ShouldBe("2022-11-29T15:42:40.9830000+00:00");
        advisory.IsCurrent.ShouldBeTrue();
        var vulnerability = await db.Vulnerabilities.SingleAsync(v => v.Id == Sample, Ct);
        vulnerability.Description.ShouldNotBeNullOrWhiteSpace();
        vulnerability.PublishedAt.ShouldNotBeNull();
        (vulnerability.CvssVector, vulnerability.CvssBaseScore).ShouldBe(("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8));
        (await db.Vulnerabilities.CountAsync(v => v.CvssVector != null, Ct)).ShouldBeGreaterThan(150);
        var stored = await db.SourceDocuments.SingleAsync(d => d.Sha256 == advisory.SourceDocumentSha256, Ct);
        stored.Format.ShouldBe("nvd-cve-2.0");
        SourceDocument.HashOf(stored.Content).ShouldBe(stored.Sha256);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheOsvVulnfeedsApiPageImportsWhole(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var page = SharedData.Path("nvd", "api-responses", "osv.dev-vulnfeeds-CVE-2026-20912.json");

        var first = await ImportAllAsync(host, [page]);
        var second = await ImportAllAsync(host, [page]);

        (first.Records, first.Imported, first.VulnerabilitiesAdded).ShouldBe((13, 13, 13));
        second.Unchanged.ShouldBe(1);
        (await CountRowsAsync(host)).ShouldBe((13, 1, 13));
        (await Db(host).Advisories.Select(a => a.SourceDocumentSha256).Distinct().CountAsync(Ct)).ShouldBe(1);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ALaterLastModifiedSupersedesAndAnEarlierOneIsStale(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);

        var original = await ImportAsync(host, "original", await File.ReadAllBytesAsync(Path.Combine(Records, Sample + ".json"), Ct));
        var newer = await ImportAsync(host, "newer", Edited(1, "Newer text."));
        var before = await CountRowsAsync(host);
        var earlier = await ImportAsync(host, "earlier", Edited(-1, "Earlier text."));

        original.Value!.Outcome.ShouldBe(NvdImportOutcome.Imported);
        (newer.Value!.Outcome, newer.Value.Superseded, newer.Value.VulnerabilitiesUpdated).ShouldBe((NvdImportOutcome.Imported, 1, 1));
        (earlier.Value!.Outcome, earlier.Value.Stale).ShouldBe((NvdImportOutcome.Stale, 1));
        (await CountRowsAsync(host)).ShouldBe(before);
        before.ShouldBe((2, 2, 1));
        var db = Db(host);
        var revisions = await db.Advisories.Where(a => a.ExternalId == Sample).ToListAsync(Ct);
        var current = revisions.Single(a => a.IsCurrent);
        revisions.Single(a => !a.IsCurrent).SupersededById.ShouldBe(current.Id);
        current.Revision.ShouldBe("2022-11-30T15:42:40.9830000+00:00");
        (await db.Vulnerabilities.SingleAsync(v => v.Id == Sample, Ct)).Description.ShouldBe("Newer text.");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ATruncatedFileIsRefusedWithItsIssuesAndStoresNothing(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Records, Sample + ".json"), Ct);

        var result = await ImportAsync(host, "truncated", bytes[..(bytes.Length / 2)]);

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Message.ShouldContain("nothing was imported");
        result.Error.Fields.ShouldNotBeEmpty();
        (await CountRowsAsync(host)).ShouldBe((0, 0, 0));
    }
}
