using MedVigil.Formats.Common;
using MedVigil.Formats.Spdx;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Spdx;

/// <summary>The SPDX reader against the documents in shared/data/spdx (spdx/spdx-examples and spdx/spdx-spec).</summary>
public sealed class SpdxSharedDataTests
{
    private static string[] JsonFiles(params string[] folder) =>
        [.. Directory.GetFiles(SharedData.Path(["spdx", .. folder]), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>SPDX 3 documents are JSON-LD: they carry an @context, which 2.x documents never do.</summary>
    private static bool IsSpdx3(string file) => File.ReadAllText(file).Contains("\"@context\"", StringComparison.Ordinal);

    private static string Describe(string file, ReadResult<SpdxDocument> result) =>
        $"{file}: {string.Join("; ", result.Issues)}";

    [Fact]
    public void Read_EverySpdx2JsonExample_HasNoErrors()
    {
        var files = JsonFiles("spdx-examples").Where(f => !IsSpdx3(f)).ToList();

        var results = files.Select(f => (File: f, Result: SpdxReader.Read(f))).ToList();

        // 11 under software/example*/spdx2.x and 6 under presentations (spdx-examples at 692c708).
        files.Count.ShouldBe(17);
        results.Where(r => !r.Result.IsValid).Select(r => Describe(r.File, r.Result)).ShouldBeEmpty();
        results.ShouldAllBe(r => r.Result.Document!.Packages.Count > 0);
        TestContext.Current.SendDiagnosticMessage($"SPDX 2.x JSON examples: {results.Count(r => r.Result.IsValid)}/{files.Count} valid");
    }

    [Fact]
    public void Read_EverySpdx3Example_IsRefusedAsUnsupported()
    {
        var files = JsonFiles("spdx-examples").Where(IsSpdx3).Append(SharedData.Path("spdx", "spec-examples", "spdx3.0-jsonld-package_sbom.json")).ToList();

        var results = files.Select(f => (File: f, Result: SpdxReader.Read(f))).ToList();

        files.Count.ShouldBe(26); // 25 in spdx-examples, 1 in the spec examples
        foreach (var (file, result) in results)
        {
            result.Document.ShouldBeNull(file);
            result.Issues.ShouldHaveSingleItem(file).Code.ShouldBe(SpdxIssueCodes.UnsupportedVersion, file);
        }

        TestContext.Current.SendDiagnosticMessage($"SPDX 3.0 JSON-LD examples: {results.Count}/{files.Count} refused as unsupported");
    }

    [Fact]
    public void Read_SpecExampleJson_GivesItsPackagesRefsAndRelationships()
    {
        var result = SpdxReader.Read(SharedData.Path("spdx", "spec-examples", "SPDXJSONExample-v2.3.spdx.json"));

        result.Issues.ShouldBeEmpty();
        var document = result.Document!;
        document.Syntax.ShouldBe(SpdxSyntax.Json);
        document.SpdxVersion.ShouldBe("SPDX-2.3");
        document.Name.ShouldBe("SPDX-Tools-v2.0");
        document.CreationInfo.Creators.Count.ShouldBe(3);
        document.CreationInfo.Created.ShouldBe(new DateTimeOffset(2010, 1, 29, 18, 30, 22, TimeSpan.Zero));
        document.DocumentDescribes.ShouldBe(["SPDXRef-File", "SPDXRef-Package"]);
        document.Packages.Select(p => p.SpdxId).ShouldBe(["SPDXRef-Package", "SPDXRef-fromDoap-1", "SPDXRef-fromDoap-0", "SPDXRef-Saxon"]);
        var glibc = document.Packages[0];
        glibc.Cpes.ShouldBe(["cpe:2.3:a:pivotal_software:spring_framework:4.1.0:*:*:*:*:*:*:*"]);
        glibc.Purls.ShouldBeEmpty();
        glibc.Supplier.ShouldBe("Person: Jane Doe (jane.doe@example.com)");
        glibc.PrimaryPackagePurpose.ShouldBe("SOURCE");
        glibc.Checksums.Count.ShouldBe(4);
        document.Packages[2].Purls.ShouldBe(["pkg:maven/org.apache.jena/apache-jena@3.12.0"]);
        document.Packages[1].FilesAnalyzed.ShouldBeFalse();
        document.Files.Count.ShouldBe(5);
        document.Relationships.Count.ShouldBe(7);
        document.Relationships.ShouldContain(new SpdxRelationship("SPDXRef-DOCUMENT", "COPY_OF", "DocumentRef-spdx-tool-1.2:SPDXRef-ToolsElement"));
        document.ExternalDocumentRefs.ShouldHaveSingleItem().Checksum.ShouldBe(new SpdxChecksum("SHA1", "d6a770ba38583ed4bb4525bd96e50461655d2759"));
    }

    [Fact]
    public void Read_SpecExampleAsJsonAndAsTagValue_GiveTheSamePackagesRelationshipsAndExternalRefs()
    {
        var json = SpdxReader.Read(SharedData.Path("spdx", "spec-examples", "SPDXJSONExample-v2.3.spdx.json"));
        var tag = SpdxReader.Read(SharedData.Path("spdx", "spec-examples", "SPDXTagExample-v2.3.spdx"));

        json.Issues.ShouldBeEmpty();
        tag.Issues.ShouldBeEmpty();
        var (j, t) = (json.Document!, tag.Document!);
        t.Syntax.ShouldBe(SpdxSyntax.TagValue);
        (t.SpdxVersion, t.DataLicense, t.SpdxId, t.Name, t.DocumentNamespace).ShouldBe((j.SpdxVersion, j.DataLicense, j.SpdxId, j.Name, j.DocumentNamespace));
        t.CreationInfo.Creators.ShouldBe(j.CreationInfo.Creators);
        t.CreationInfo.Created.ShouldBe(j.CreationInfo.Created);
        t.ExternalDocumentRefs.ShouldBe(j.ExternalDocumentRefs);

        static object Flat(SpdxPackage p) => (p with { Checksums = [], ExternalRefs = [], HasFiles = [] }, string.Join('|', p.Checksums), string.Join('|', p.ExternalRefs), string.Join('|', p.HasFiles.Distinct().Order(StringComparer.Ordinal)));
        static object FlatFile(SpdxFile f) => (f with { Checksums = [], LicenseInfoInFiles = [] }, string.Join('|', f.Checksums), string.Join('|', f.LicenseInfoInFiles));
        t.Packages.Select(Flat).ShouldBe(j.Packages.Select(Flat), ignoreOrder: true);
        t.Files.Select(FlatFile).ShouldBe(j.Files.Select(FlatFile), ignoreOrder: true);
        t.Packages.SelectMany(p => p.ExternalRefs).ShouldBe(j.Packages.SelectMany(p => p.ExternalRefs), ignoreOrder: true);

        // JSON writes DESCRIBES as documentDescribes and containment as hasFiles; tag-value writes DESCRIBES as
        // relationships and containment by placing files after their package (plus one explicit CONTAINS).
        t.EffectiveRelationships().ShouldBe(j.EffectiveRelationships(), ignoreOrder: true);
        j.EffectiveRelationships().Count.ShouldBe(13);
    }
}
