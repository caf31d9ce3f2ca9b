using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Formats.CycloneDx;
using MedVigil.Formats.Csaf;
using MedVigil.Formats.OpenVex;
using MedVigil.Standards.Versions;
using static MedVigil.Matching.Tests.Documents;

namespace MedVigil.Matching.Tests.Converters;

/// <summary>The statement converters next to each reader, on real shared documents and hand-written ones.</summary>
public sealed class ConverterTests
{
    [Fact]
    public void Osv_git_ranges_are_skipped_with_the_reason()
    {
        var set = OsvFile("osv-schema-linter-testdata", "PYSEC-2023-74.json");

        set.Skipped.ShouldContain(s => s.Reason.Contains("GIT range", StringComparison.Ordinal));
    }

    [Fact]
    public void Osv_real_go_record_gives_golang_statements()
    {
        var set = OsvFile("osv-schema-linter-testdata", "GO-2020-0001.json");

        var statement = set.Statements.ShouldHaveSingleItem();
        statement.Product.ShouldBeOfType<PurlProduct>().Type.ShouldBe("golang");
        statement.Versions.Scheme.ShouldBe(VersionSchemes.Golang);
    }

    [Fact]
    public void Osv_last_affected_includes_its_version_and_versions_lists_are_kept()
    {
        var set = Osv("""
            {"id":"GHSA-x","modified":"2024-01-01T00:00:00Z",
             "affected":[{"package":{"ecosystem":"npm","name":"@scope/pkg"},"ranges":[{"type":"SEMVER","events":[{"introduced":"1.0.0"},{"last_affected":"1.4.2"}]}],"versions":["0.9.1"]}]}
            """);

        set.Statements.Count.ShouldBe(2);
        set.Statements[0].Product.IndexKey.ShouldBe("pkg:npm/@scope/pkg");
        set.Statements[0].Versions.Range!.Contains("1.4.2").ShouldBeTrue();
        set.Statements[0].Versions.Range!.Contains("1.4.3").ShouldBeFalse();
        set.Statements[1].Versions.Range!.Contains("0.9.1").ShouldBeTrue();
    }

    [Fact]
    public void Osv_distribution_records_are_keyed_by_their_single_upstream_cve()
    {
        const string Record = """
            {"id":"DEBIAN-CVE-2023-0464","modified":"2024-01-01T00:00:00Z","upstream":[UPSTREAM],
             "affected":[{"package":{"ecosystem":"Debian:11","name":"openssl"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.1.1n-0+deb11u5"}]}]}]}
            """;

        var single = Osv(Record.Replace("UPSTREAM", "\"CVE-2023-0464\"", StringComparison.Ordinal));
        var several = Osv(Record.Replace("UPSTREAM", "\"CVE-2023-0464\",\"CVE-2023-0465\"", StringComparison.Ordinal));

        single.Statements[0].Vulnerability.Primary.ShouldBe("CVE-2023-0464");
        single.Statements[0].Vulnerability.Aliases.ShouldBe(["DEBIAN-CVE-2023-0464"]);
        several.Statements[0].Vulnerability.Primary.ShouldBe("DEBIAN-CVE-2023-0464");
    }

    [Theory]
    [InlineData("<V4.00_Utilizes_Wibu-Systems_CodeMeter_7.60c", "V3.99", true)]
    [InlineData("<V4.00_Utilizes_Wibu-Systems_CodeMeter_7.60c", "4.00", false)]
    [InlineData("< B.06.18", "B.06.17", true)]
    [InlineData("< B.06.18", "B.06.18", false)]
    [InlineData("vls:<=2", "2.0.0", true)]
    [InlineData(">= 1.3.3", "1.3.2", false)]
    [InlineData("<= 11.x", "11.9", true)]
    [InlineData("<= 11.x", "12.0", false)]
    [InlineData("< 3.x", "2.9", true)]
    [InlineData("< 3.x", "3.0", false)]
    public void Csaf_vls_ranges_are_read_tolerantly(string range, string version, bool inside)
    {
        var constraint = CsafVersionText.Read(range, isRange: true);

        constraint.Kind.ShouldBe(VersionConstraintKind.Range);
        constraint.Range!.Contains(version).ShouldBe(inside);
    }

    [Theory]
    [InlineData("5.x.x", "5.9.1", true)]
    [InlineData("5.x.x", "6.0", false)]
    [InlineData("1.X", "1.2", true)]
    [InlineData("vers:all/*", "anything 1", true)]
    [InlineData("2.3.6 and  below", "2.3.6", true)]
    [InlineData("2.3.6 and  below", "2.3.7", false)]
    [InlineData("1.3.1 Build 13", "1.3.1 build 13", true)]
    [InlineData("1.3.1 Build 13", "1.3.1", false)]
    [InlineData("9.13 | 9.19 | 9.33 | 12.1", "9.19", true)]
    [InlineData("9.13 | 9.19 | 9.33 | 12.1", "9.20", false)]
    public void Csaf_product_versions_with_wildcards(string text, string version, bool inside)
    {
        var constraint = CsafVersionText.Read(text, isRange: false);

        (constraint.Kind == VersionConstraintKind.All || constraint.Range!.Contains(version)).ShouldBe(inside);
    }

    [Fact]
    public void Csaf_real_icsma_documents_all_convert()
    {
        var files = Directory.GetFiles(MedVigil.Testing.SharedData.Path("icsma"), "*.json", SearchOption.AllDirectories);
        var statements = 0;
        var unreadable = 0;
        foreach (var file in files)
        {
            var set = CsafStatements.Convert(CsafReader.Read(file).Document!);
            statements += set.Statements.Count;
            unreadable += set.Statements.Count(s => s.Versions.Kind == VersionConstraintKind.Unreadable);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{unreadable} of {statements} statements unreadable");
        files.Length.ShouldBeGreaterThanOrEqualTo(134);
        statements.ShouldBeGreaterThan(1000);
        // Measured 4.4% unreadable (98 of 2,235: dates such as "< april 1, 2018", version prose such as "Version A,
        // Firmware A.03.09"; 6.8% = 108 of 1,584 before the second ICSMA pass, 11.7% before the first; the statement
        // count grew with the makers a joint vendor lists and the versions product names state); they stay visible
        // as under investigation, never dropped. Guard against regressions only.
        unreadable.ShouldBeLessThanOrEqualTo(98);
        ((double)unreadable / statements).ShouldBeLessThan(0.05, $"{unreadable}/{statements}");
    }

    [Fact]
    public void OpenVex_statements_carry_the_justification_onto_the_subcomponent()
    {
        var document = new OpenVexDocument("https://openvex.dev/ns/v0.2.0", "0.2.0", "https://example/vex/1", "Vendor", null, null, null, 1, null,
        [
            new OpenVexStatement(null, null, new OpenVexVulnerability("CVE-2023-1255", null, null, []), null, null,
                [new OpenVexProduct("pkg:oci/monitor@sha256%3Aabc", null, new Dictionary<string, string>(), [new OpenVexProduct("pkg:deb/debian/openssl@3.0.8-1", null, new Dictionary<string, string>(), [])])],
                OpenVexStatus.NotAffected, null, null, OpenVexJustification.VulnerableCodeNotInExecutePath, "not reachable", null, null),
        ]);

        var statement = OpenVexStatements.Convert(document).Statements.ShouldHaveSingleItem();

        statement.Product.IndexKey.ShouldBe("pkg:deb/debian/openssl");
        statement.Versions.Range!.Contains("3.0.8-1").ShouldBeTrue();
        statement.Status.ShouldBe(FindingStatus.NotAffected);
        statement.Analysis!.Justification.ShouldBe(Justification.CodeNotReachable);
        statement.Provenance.Pointer.ShouldBe("/statements/0/products/0/subcomponents/0");
    }

    [Fact]
    public void CycloneDx_vex_analysis_and_affects_versions()
    {
        var component = new CycloneDxComponent("lib-1", "library", null, "lib", "2.1.0", "pkg:npm/lib@2.1.0", null, [], [], null, null, [], [], ["lib-1"], "/components/0");
        var vulnerability = new CycloneDxVulnerability(null, "CVE-2024-0001", "NVD", [], [], null, null, null, null, null,
            new CycloneDxAnalysis("not_affected", "code_not_reachable", ["will_not_fix"], "guarded"),
            [new CycloneDxAffects("lib-1", [new CycloneDxAffectedVersion(null, "vers:npm/>=2.0.0|<2.3.0", "unaffected")]), new CycloneDxAffects("urn:cdx:x/1#y", [])],
            "/vulnerabilities/0");
        var bom = new CycloneDxBom("1.6", "urn:uuid:1", 1, CycloneDxSyntax.Json, null, [component], [], [vulnerability]);

        var set = CycloneDxVexStatements.Convert(bom);

        var statement = set.Statements.ShouldHaveSingleItem();
        statement.Status.ShouldBe(FindingStatus.NotAffected);
        statement.Analysis!.Responses.ShouldBe([VexResponse.WillNotFix]);
        statement.Versions.Range!.Contains("2.2.0").ShouldBeTrue();
        set.Skipped.ShouldHaveSingleItem().Reason.ShouldContain("BOM-Link");
    }

    [Fact]
    public void Nvd_rejected_cves_give_no_statement()
    {
        var set = MedVigil.Formats.Nvd.NvdStatements.Convert(new MedVigil.Formats.Nvd.NvdCve("CVE-2020-9999", null, default, default, "Rejected", [], [], [], [], []));

        set.Configurations.ShouldBeEmpty();
        set.Skipped.ShouldHaveSingleItem().Reason.ShouldContain("rejected");
    }

    [Fact]
    public void Manufacturer_names_normalise_suffixes_marks_and_case()
    {
        ProductNames.NormaliseManufacturer("B. Braun Melsungen AG").ShouldBe("b braun melsungen");
        ProductNames.NormaliseManufacturer("Philips Medical Systems, Inc.").ShouldBe("philips medical systems");
        ProductNames.NormaliseProduct("Alaris® PC Unit™").ShouldBe("alaris pc unit");
        ProductNames.NormaliseManufacturer("Dräger GmbH").ShouldBe("drager");
        // Dotted legal forms split into letters (the ICSMA corpus's "Koninklijke Philips N.V.").
        ProductNames.NormaliseManufacturer("Koninklijke Philips N.V.").ShouldBe("koninklijke philips");
        ProductNames.NormaliseManufacturer("Esaote S.p.A.").ShouldBe("esaote");
        ProductNames.NormaliseManufacturer("B. Braun").ShouldBe("b braun");
    }
}
