using MedVigil.Formats.OpenVex;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.OpenVex;

/// <summary>The OpenVEX reader against every OpenVEX document in shared/data/openvex.</summary>
public sealed class OpenVexSharedDataTests
{
    // Every OpenVEX document, with the warnings it must give (codes at pointers). None is invalid: go-vex's and
    // vexctl's test data hold no deliberately broken document; the ones below omit what the schema requires of a
    // document, as go-vex and vexctl allow (they are merge inputs), and are read with warnings.
    public static TheoryData<string, string[]> Documents => new()
    {
        { "go-vex-testdata/csaf/testdata/openvex.json", [] }, // expected output of go-vex's CSAF conversion, 0.0.1 shapes
        { "go-vex-testdata/vex/testdata/v0.0.1.json", [] },
        { "go-vex-testdata/vex/testdata/v0.0.1-noversion.json", [] }, // "no version" = the bare namespace, read as 0.0.1
        { "go-vex-testdata/vex/testdata/v0.2.0.json", [] },
        { "go-vex-testdata/vex/testdata/v001-1.vex.json", ["/timestamp", "/version"] }, // merge inputs
        { "go-vex-testdata/vex/testdata/v001-2.vex.json", ["/timestamp", "/version"] },
        { "go-vex-testdata/vex/testdata/v020-1.vex.json", ["/timestamp", "/version"] },
        { "go-vex-testdata/vex/testdata/v020-2.vex.json", ["/timestamp", "/version"] },
        { "vexctl/examples/csaf/openvex.json", [] },
        { "vexctl/examples/openvex/demo.vex.json", [] },
        { "vexctl/examples/openvex/document1.vex.json", [] },
        { "vexctl/examples/openvex/document2.vex.json", [] },
        { "vexctl/examples/sarif/sample-1statement.openvex.json", [] },
        { "vexctl/examples/sarif/sample-2vulns.openvex.json", [] },
        { "vexctl/examples/sarif/sample-history.openvex.json", [] },
        { "vexctl/pkg/ctl/testdata/images.vex.json", ["/timestamp", "/version"] }, // a merge input
        { "vexctl/pkg/ctl/testdata/templates/oci-vexctl.openvex.json", [] },
        { "vexctl/pkg/ctl/testdata/test.vex.json", ["/version"] },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryDocumentReads(string file, string[] warnings)
    {
        var result = OpenVexReader.Read(SharedData.Path(["openvex", .. file.Split('/')]));

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Issues));
        result.Issues.Select(i => i.Location).ShouldBe(warnings);
        result.Issues.ShouldAllBe(i => i.Code == "openvex-missing");
        result.Document!.Statements.ShouldNotBeEmpty();
    }

    [Fact]
    public void EveryOpenVexFileIsListed()
    {
        // Files mentioning "statements" are OpenVEX, except the spec's schema and JSON-LD context (spec/ holds no
        // example documents); the CSAF and SPDX files beside them are not OpenVEX.
        var root = SharedData.Path("openvex");
        var listed = Documents.Select(row => row.Data.Item1).Order(StringComparer.Ordinal).ToList();
        var found = Directory.GetFiles(root, "*.json", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("\"statements\"", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("spec/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        found.ShouldBe(listed);
        TestContext.Current.TestOutputHelper?.WriteLine($"OpenVEX: {found.Count} documents read");
    }

    [Fact]
    public void A020DocumentKeepsProductsSubcomponentsAndJustifications()
    {
        var document = OpenVexReader.Read(SharedData.Path("openvex", "go-vex-testdata", "vex", "testdata", "v0.2.0.json")).Document!;

        document.SpecVersion.ShouldBe("0.2.0");
        document.Version.ShouldBe(1);
        document.Statements.Count.ShouldBe(5);
        var first = document.Statements[0];
        first.Vulnerability.Name.ShouldBe("CVE-2023-1255");
        first.Status.ShouldBe(OpenVexStatus.Fixed);
        first.Timestamp.ShouldBe(document.Timestamp); // inherited
        var product = first.Products.ShouldHaveSingleItem();
        product.Id.ShouldBe("pkg:oci/alpine@sha256%3A124c7d2707904eea7431fffe91522a01e5a861a624ee31d03372cc1d138a3126");
        product.Subcomponents.Select(s => s.Id).ShouldBe(["pkg:apk/alpine/libssl3@3.0.8-r3", "pkg:apk/alpine/libcrypto3@3.0.8-r3"]);
        document.Statements.ShouldContain(s => s.Status == OpenVexStatus.NotAffected && s.Justification != null);
    }

    [Fact]
    public void A001DocumentReadsItsPlainStrings()
    {
        var document = OpenVexReader.Read(SharedData.Path("openvex", "vexctl", "pkg", "ctl", "testdata", "test.vex.json")).Document!;

        document.SpecVersion.ShouldBe("0.0.1");
        document.Statements.Select(s => (s.Vulnerability.Name, s.Status)).ShouldBe([("CVE-2009-4487", OpenVexStatus.NotAffected), ("CVE-2021-44228", OpenVexStatus.Affected)]);
        document.Statements[0].Justification.ShouldBe(OpenVexJustification.VulnerableCodeNotInExecutePath);
        document.Statements[1].ActionStatement.ShouldBe("Customers are advised to upgrade");
    }
}
