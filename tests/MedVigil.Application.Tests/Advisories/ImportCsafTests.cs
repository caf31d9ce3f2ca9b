using MedVigil.Application.Advisories;
using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Formats.Csaf;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Advisories;

public sealed class ImportCsafTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Result<CsafImportResult>> ImportAsync(TestHost host, string source, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return await host.Get<ImportCsaf>().ExecuteAsync(new ImportCsafCommand(source, stream), Ct);
    }

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    private static async Task<(int Advisories, int Documents, int Vulnerabilities, int Audit)> CountRowsAsync(TestHost host)
    {
        var db = Db(host);
        return (await db.Advisories.CountAsync(Ct), await db.SourceDocuments.CountAsync(Ct),
            await db.Vulnerabilities.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct));
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

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AllCisaMedicalAdvisoriesImportAndASecondRunIsANoOp(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var files = CsafSamples.Icsma();
        var cves = files.SelectMany(f => CsafReader.Read(f).Document!.Vulnerabilities).Select(v => v.Cve!).ToHashSet(StringComparer.Ordinal);

        var first = await ImportAllAsync(host, files);
        var afterFirst = await CountRowsAsync(host);
        var second = await ImportAllAsync(host, files);

        files.Count.ShouldBe(134);
        cves.Count.ShouldBe(403, "408 vulnerability entries in 134 advisories name 403 distinct CVEs (MANIFEST.md)");
        (first.Read, first.Imported, first.Superseded, first.Stale, first.Failed).ShouldBe((134, 134, 0, 0, 0));
        (second.Read, second.Unchanged, second.Imported, second.VulnerabilitiesAdded).ShouldBe((134, 134, 0, 0));
        (await CountRowsAsync(host)).ShouldBe(afterFirst);
        var db = Db(host);
        var icsma = await db.Advisories.Where(a => a.ExternalId.StartsWith("ICSMA-")).ToListAsync(Ct);
        icsma.Count.ShouldBe(134);
        icsma.ShouldAllBe(a => a.SupersededById == null && a.SourceDocumentSha256 != null && a.Publisher != null && a.PublishedAt != null);
        (await db.Vulnerabilities.CountAsync(v => cves.Contains(v.Id), Ct)).ShouldBe(403);
        var stored = await db.SourceDocuments.SingleAsync(d => d.Sha256 == icsma[0].SourceDocumentSha256, Ct);
        SourceDocument.HashOf(stored.Content).ShouldBe(stored.Sha256);
        stored.Length.ShouldBe(stored.Content.Length);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ANewerRevisionSupersedesAndAnOlderOneArrivingLaterChangesNothing(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var id = CsafSamples.NewTrackingId();

        var v1 = await ImportAsync(host, "v1", CsafSamples.Revision(id, 1));
        var v2 = await ImportAsync(host, "v2", CsafSamples.Revision(id, 2));
        var before = await CountRowsAsync(host);
        var lateV1Copy = await ImportAsync(host, "v1 again", [.. CsafSamples.Revision(id, 1), (byte)'\n']);

        v1.Value.Outcome.ShouldBe(RevisionOutcome.Imported, v1.Error?.Message);
        v2.Value.Outcome.ShouldBe(RevisionOutcome.Superseded, v2.Error?.Message);
        lateV1Copy.Value.Outcome.ShouldBe(RevisionOutcome.Stale);
        (await CountRowsAsync(host)).ShouldBe(before);
        var revisions = await Db(host).Advisories.Where(a => a.ExternalId == id).OrderBy(a => a.Revision).ToListAsync(Ct);
        revisions.Select(a => a.Revision).ShouldBe(["1", "2"]);
        revisions[0].SupersededById.ShouldBe(revisions[1].Id);
        revisions[1].IsCurrent.ShouldBeTrue();
        revisions[0].SourceDocumentSha256.ShouldNotBe(revisions[1].SourceDocumentSha256);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnOlderRevisionArrivingAfterTheNewerIsNotStoredAndTheNewerStaysCurrent(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var id = CsafSamples.NewTrackingId();

        var v2 = await ImportAsync(host, "v2", CsafSamples.Revision(id, 2));
        var v1 = await ImportAsync(host, "v1", CsafSamples.Revision(id, 1));

        (v2.Value.Outcome, v1.Value.Outcome).ShouldBe((RevisionOutcome.Imported, RevisionOutcome.Stale));
        var stored = await Db(host).Advisories.Where(a => a.ExternalId == id).ToListAsync(Ct);
        stored.Single().Revision.ShouldBe("2");
        stored.Single().IsCurrent.ShouldBeTrue();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnImportIsRecordedInTheImportingTenantsAuditChain(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var id = CsafSamples.NewTrackingId();

        await ImportAsync(host, "v1", CsafSamples.Revision(id, 1));
        await ImportAsync(host, "v2", CsafSamples.Revision(id, 2));

        var actions = await Db(host).AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(Ct);
        actions.ShouldContain("advisory.imported");
        actions.ShouldContain("advisory.superseded");
        (await host.Get<MedVigil.Application.Audit.VerifyAuditChain>().ExecuteAsync(Ct)).FirstBrokenLink.ShouldBeNull();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task MalformedDocumentsAreRefusedWithEveryIssueAndStoreNothing(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var before = await CountRowsAsync(host);

        var truncated = await ImportAsync(host, "truncated.json", CsafSamples.Truncated());
        var failing = await ImportAsync(host, "6-1-01-02.json", await File.ReadAllBytesAsync(CsafSamples.MandatoryTestFailure, Ct));

        truncated.Error!.Kind.ShouldBe(ErrorKind.Validation);
        truncated.Error.Message.ShouldContain("nothing was imported");
        truncated.Error.Fields.ShouldContain(f => f.Message.StartsWith("json-syntax", StringComparison.Ordinal));
        failing.Error!.Fields.ShouldNotBeEmpty();
        failing.Error.Fields.ShouldAllBe(f => f.Message.StartsWith("csaf-6.1.1:", StringComparison.Ordinal) && f.Field.StartsWith('/'));
        (await CountRowsAsync(host)).ShouldBe(before);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ADocumentPastTheSizeLimitIsRefusedWithoutBeingRead(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var before = await CountRowsAsync(host);

        var result = await ImportAsync(host, "huge.json", new byte[ImportCsaf.MaxBytes + 1]);

        result.Error!.Fields.Single().Message.ShouldBe("limit-size");
        (await CountRowsAsync(host)).ShouldBe(before);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ConcurrentImportsOfOneNewerRevisionLeaveOneCurrentRow(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var id = CsafSamples.NewTrackingId();
        await ImportAsync(host, "v1", CsafSamples.Revision(id, 1));
        var v2 = CsafSamples.Revision(id, 2);

        // The same revision in different bytes (trailing newlines), racing each other.
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(n =>
            ImportAsync(host, $"v2 #{n}", [.. v2, .. Enumerable.Repeat((byte)'\n', n)])));

        results.ShouldAllBe(r => r.IsSuccess);
        results.Count(r => r.Value.Outcome == RevisionOutcome.Superseded).ShouldBe(1);
        results.Count(r => r.Value.Outcome == RevisionOutcome.Stale).ShouldBe(3);
        var stored = await Db(host).Advisories.Where(a => a.ExternalId == id).ToListAsync(Ct);
        stored.Count(a => a.IsCurrent).ShouldBe(1);
        stored.Count.ShouldBe(2);
    }
}
