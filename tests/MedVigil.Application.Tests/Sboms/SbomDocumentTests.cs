using System.Text;
using System.Text.Json;
using MedVigil.Application.Sboms;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Sboms;

/// <summary>The raw SBOM bytes: kept per tenant by SHA-256, linked from the model version (ADR 0016).</summary>
public sealed class SbomDocumentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<SbomImportResult> ImportAsync(TestHost host, byte[] content, string maker)
    {
        var result = await host.Get<ImportSbom>().ExecuteAsync(new ImportSbomCommand("test.sbom", content, maker, "CCNY", "1.0"), Ct);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value;
    }

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    private static Task<int> AuditCountAsync(TestHost host) => Db(host).AuditEvents.CountAsync(e => e.Action == "sbom.imported", Ct);

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheRawBytesAreKeptAndLinkedAndTheSameBytesAgainWriteNothing(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var (maker, bytes) = (SbomSamples.NewName("Spacelabs"), await File.ReadAllBytesAsync(SbomSamples.Narrow, Ct));

        var first = await ImportAsync(host, bytes, maker);
        var again = await ImportAsync(host, bytes, maker);

        first.Sha256.ShouldBe(SourceDocument.HashOf(bytes));
        (again.Outcome, again.Sha256, again.Components).ShouldBe((SbomImportOutcome.Unchanged, first.Sha256, 55));
        var document = await Db(host).SbomDocuments.SingleAsync(Ct);
        (document.Sha256, document.Length, document.Format).ShouldBe((first.Sha256, bytes.LongLength, "CycloneDX 1.4"));
        document.Content.ShouldBe(bytes);
        (await Db(host).ModelVersions.SingleAsync(Ct)).SbomSha256.ShouldBe(first.Sha256);
        (await AuditCountAsync(host)).ShouldBe(1);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task OtherBytesWithTheSameComponentsAreKeptAndBecomeTheLinkedSbom(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var (maker, bytes) = (SbomSamples.NewName("Spacelabs"), await File.ReadAllBytesAsync(SbomSamples.Narrow, Ct));
        var reformatted = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(JsonDocument.Parse(bytes).RootElement));

        var first = await ImportAsync(host, bytes, maker);
        var second = await ImportAsync(host, reformatted, maker);
        var back = await ImportAsync(host, bytes, maker);

        (second.Outcome, second.Added, second.Removed).ShouldBe((SbomImportOutcome.Unchanged, 0, 0));
        second.Sha256.ShouldNotBe(first.Sha256);
        (await Db(host).SbomDocuments.CountAsync(Ct)).ShouldBe(2);
        (await Db(host).ModelVersions.SingleAsync(Ct)).SbomSha256.ShouldBe(back.Sha256);
        (await Db(host).Components.CountAsync(Ct)).ShouldBe(55);
        (await AuditCountAsync(host)).ShouldBe(3);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TwoTenantsImportingTheSameBytesEachKeepTheirOwnCopy(DatabaseKind kind)
    {
        await using var hospital = await TestHost.StartAsync(kind);
        await using var other = await TestHost.StartAsync(kind);
        var bytes = await File.ReadAllBytesAsync(SbomSamples.Narrow, Ct);

        var mine = await ImportAsync(hospital, bytes, "Spacelabs");
        var theirs = await ImportAsync(other, bytes, "Spacelabs");

        mine.Outcome.ShouldBe(SbomImportOutcome.Imported);
        theirs.Outcome.ShouldBe(SbomImportOutcome.Imported);
        (await Db(hospital).SbomDocuments.SingleAsync(Ct)).TenantId.ShouldBe(hospital.TenantId);
        (await Db(other).SbomDocuments.SingleAsync(Ct)).TenantId.ShouldBe(other.TenantId);
    }
}
