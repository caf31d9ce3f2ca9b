using MedVigil.Application.Demo;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Demo;

public sealed class DemoDocumentsTests
{
    private static readonly string Folder = Path.Combine(SharedData.RepositoryRoot(), "src", "MedVigil.Application", "Demo", "Documents");

    [Fact]
    public void EveryDocumentInTheFolderIsEmbeddedUnderItsKind()
    {
        var files = Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(f => (Kind: Path.GetFileName(Path.GetDirectoryName(f))!, Name: Path.GetFileName(f)))
            .Order().ToList();

        DemoDocuments.All.Select(d => (Kind: d.Kind.ToString().ToLowerInvariant(), d.Name)).Order().ShouldBe(files);
        DemoDocuments.All.Select(d => d.Kind).Distinct().Count().ShouldBe(Enum.GetValues<DemoDocumentKind>().Length);
    }

    [Fact]
    public void EveryExampleMedicalVersionIsOnSomeDevice()
    {
        var devices = DemoHospital.Generate();

        foreach (var model in DemoCatalogue.Models.Where(m => m.Manufacturer == DemoCatalogue.ExampleMedical))
        {
            var versions = devices.Where(d => d.Model == model.Model).Select(d => d.SoftwareVersion).Distinct().Order(StringComparer.Ordinal);
            versions.ShouldBe(model.Versions.Order(StringComparer.Ordinal), model.Model);
        }
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task SeedingImportsEveryDocumentOnceThroughTheOrdinaryUseCases(DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var ct = TestContext.Current.CancellationToken;

        var first = await host.NewUnscopedScope().GetRequiredService<SeedDemoHospital>().ExecuteAsync(ct);
        var second = await host.NewUnscopedScope().GetRequiredService<SeedDemoHospital>().ExecuteAsync(ct);

        first.IsSuccess.ShouldBeTrue(first.Error?.ToString());
        second.IsSuccess.ShouldBeTrue(second.Error?.ToString());
        var count = DemoDocuments.All.Count;
        first.Value.Documents.ShouldBe(new DemoDocumentsSummary(count, count, 0));
        second.Value.Documents.ShouldBe(new DemoDocumentsSummary(count, 0, count));

        var unscoped = host.NewUnscopedScope().GetRequiredService<MedVigilDbContext>();
        var tenant = await unscoped.Tenants.SingleAsync(t => t.Slug == DemoHospital.TenantSlug, ct);
        var db = host.NewScope(tenantId: tenant.Id).GetRequiredService<MedVigilDbContext>();
        var withSbom = await db.ModelVersions.Where(v => v.SbomSha256 != null)
            .Join(db.DeviceModels, v => v.DeviceModelId, m => m.Id, (v, m) => m.Name + " " + v.Version)
            .ToListAsync(ct);
        withSbom.Order(StringComparer.Ordinal).ShouldBe(
        [
            "ExampleLink Integration Gateway 4.2.0", "ExampleLink Integration Gateway 5.0.1",
            "ExampleView PACS Server 7.3", "ExampleView PACS Server 8.0", "ExampleView Web Portal 2.1.0",
        ]);
        var advisories = await db.Advisories.GroupBy(a => a.Source).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        advisories.ToDictionary(a => a.Key, a => a.Count).ShouldBe(new Dictionary<AdvisorySource, int>
        {
            [AdvisorySource.Osv] = DemoDocuments.All.Count(d => d.Kind == DemoDocumentKind.Osv),
            [AdvisorySource.Nvd] = 1,
            [AdvisorySource.Csaf] = 1,
            [AdvisorySource.Vex] = 1,
        }, ignoreOrder: true);
    }
}
