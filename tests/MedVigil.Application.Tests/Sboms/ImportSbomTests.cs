using MedVigil.Application.Sboms;
using MedVigil.Domain.Common;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Sboms;

public sealed class ImportSbomTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Result<SbomImportResult>> ImportAsync(
        TestHost host, byte[] content, string? manufacturer = null, string? model = null, string? version = null) =>
        host.Get<ImportSbom>().ExecuteAsync(new ImportSbomCommand("test.sbom", content, manufacturer, model, version), Ct);

    private static Task<Result<SbomImportResult>> ImportFileAsync(
        TestHost host, string path, string? manufacturer = null, string? model = null, string? version = null) =>
        ImportAsync(host, File.ReadAllBytes(path), manufacturer, model, version);

    private static MedVigilDbContext Db(TestHost host) => host.NewScope().GetRequiredService<MedVigilDbContext>();

    private static async Task<(int Components, int Versions, int Audit)> CountAsync(TestHost host)
    {
        var db = Db(host);
        return (await db.Components.CountAsync(Ct), await db.ModelVersions.CountAsync(Ct),
            await db.AuditEvents.CountAsync(e => e.Action == "sbom.imported", Ct));
    }

    private static SbomImportResult Ok(Result<SbomImportResult> result)
    {
        result.IsSuccess.ShouldBeTrue($"{result.Error?.Message} {string.Join("; ", result.Error?.Fields ?? [])}");
        return result.Value;
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheMedicalDeviceSbomsImportWithTheFlagsAndAReimportIsUnchanged(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var maker = SbomSamples.NewName("Spacelabs");

        var narrow = Ok(await ImportFileAsync(host, SbomSamples.Narrow, maker, "CCNY", "1.0"));
        var extended = Ok(await ImportFileAsync(host, SbomSamples.Extended, maker, "CCNY Extended", "1.0"));
        var before = await CountAsync(host);
        var again = Ok(await ImportFileAsync(host, SbomSamples.Narrow, maker.ToUpperInvariant(), "ccny", "1.0"));

        (narrow.Outcome, narrow.Components, narrow.Added).ShouldBe((SbomImportOutcome.Imported, 55, 55));
        (extended.Outcome, extended.Components).ShouldBe((SbomImportOutcome.Imported, 65));
        again.Outcome.ShouldBe(SbomImportOutcome.Unchanged);
        before.ShouldBe((120, 2, 2));
        (await CountAsync(host)).ShouldBe(before);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task WithoutFlagsTheProductComesFromTheSbomAndAMissingPartIsNamed(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        var missing = await ImportFileAsync(host, SbomSamples.Narrow);
        var spdx = Ok(await ImportFileAsync(host, SbomSamples.SpdxJson));
        var tagValue = Ok(await ImportFileAsync(host, SbomSamples.SpdxTagValue));
        var xml = Ok(await ImportFileAsync(host, SbomSamples.CycloneDxXml, manufacturer: "Laravel"));

        missing.IsSuccess.ShouldBeFalse();
        missing.Error!.Fields.Select(f => f.Field).ShouldBe(["manufacturer", "version"]);
        (spdx.Outcome, spdx.Manufacturer, spdx.Model, spdx.Version, spdx.Components).ShouldBe((SbomImportOutcome.Imported, "Jane Doe", "glibc", "2.11.1", 3));
        tagValue.Outcome.ShouldBe(SbomImportOutcome.Unchanged);
        (xml.Model, xml.Components).ShouldBe(("cyclonedx-php-composer-demo", 62));
        var jena = await Db(host).Components.SingleAsync(c => c.Name == "Jena", Ct);
        jena.Purl.ShouldBe("pkg:maven/org.apache.jena/apache-jena@3.12.0");
        // The tag-value twin of the SPDX JSON leaves the components unchanged, but its other bytes are kept and linked (ADR 0016): audited.
        (await CountAsync(host)).ShouldBe((65, 2, 3));
        (await Db(host).SbomDocuments.CountAsync(Ct)).ShouldBe(3);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task FlagsOverrideTheMetadata(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        var result = Ok(await ImportAsync(host, SbomSamples.Generated(3), "Other Maker", "Other Model", "9"));

        (result.Manufacturer, result.Model, result.Version).ShouldBe(("Other Maker", "Other Model", "9"));
        (await Db(host).Manufacturers.SingleAsync(Ct)).Name.ShouldBe("Other Maker");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AChangedSbomReplacesTheComponents(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        Ok(await ImportFileAsync(host, SbomSamples.Narrow, "Spacelabs", "CCNY", "1.0"));

        var edited = Ok(await ImportAsync(host, SbomSamples.EditedNarrow(), "Spacelabs", "CCNY", "1.0"));

        (edited.Outcome, edited.Components, edited.Added, edited.Removed).ShouldBe((SbomImportOutcome.Replaced, 54, 1, 2));
        (await CountAsync(host)).ShouldBe((54, 1, 2));
        (await Db(host).Components.CountAsync(c => c.Version == "99.0-edited", Ct)).ShouldBe(1);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AMalformedSbomStoresNothingAndListsItsIssues(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var bytes = File.ReadAllBytes(SbomSamples.Narrow);

        var truncated = await ImportAsync(host, bytes[..2000], "A", "B", "1");
        var unknown = await ImportAsync(host, "{\"hello\":1}"u8.ToArray(), "A", "B", "1");
        var noName = await ImportAsync(host, "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"components\":[{\"type\":\"library\"}]}"u8.ToArray(), "A", "B", "1");

        truncated.IsSuccess.ShouldBeFalse();
        truncated.Error!.Fields.ShouldNotBeEmpty();
        unknown.Error!.Fields.Single().Message.ShouldBe("unknown-format");
        noName.Error!.Fields.ShouldContain(f => f.Field.StartsWith("/components/0", StringComparison.Ordinal));
        (await CountAsync(host)).ShouldBe((0, 0, 0));
        (await Db(host).Manufacturers.CountAsync(Ct)).ShouldBe(0);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ATenThousandComponentSbomImports(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        var result = Ok(await ImportAsync(host, SbomSamples.Generated(10_000)));
        var again = Ok(await ImportAsync(host, SbomSamples.Generated(10_000)));

        (result.Outcome, result.Manufacturer, result.Components).ShouldBe((SbomImportOutcome.Imported, "Acme Medical", 10_000));
        again.Outcome.ShouldBe(SbomImportOutcome.Unchanged);
        (await CountAsync(host)).ShouldBe((10_000, 1, 1));
    }
}
