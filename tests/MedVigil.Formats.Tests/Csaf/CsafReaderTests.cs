using MedVigil.Formats.Csaf;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Csaf;

/// <summary>What the read model keeps from a CSAF document.</summary>
public sealed class CsafReaderTests
{
    [Fact]
    public void ACisaMedicalAdvisory_IsReadWhole()
    {
        var result = CsafReader.Read(SharedData.Path("icsma", "2023", "icsma-23-047-01.json"));

        result.IsValid.ShouldBeTrue();
        var document = result.Document!;
        document.Document.Tracking.Id.ShouldBe("ICSMA-23-047-01");
        document.Document.Tracking.Version.ShouldBe("2");
        document.Document.Publisher.ShouldBe(new CsafPublisher("CISA", "https://www.cisa.gov/", "coordinator",
            "Email: CISAservicedesk@cisa.dhs.gov;\n Toll Free: 1-888-282-0870", null));
        document.Document.Distribution!.TlpLabel.ShouldBe("WHITE");
        document.IsVex.ShouldBeFalse();

        var product = document.ProductTree.Products.ShouldHaveSingleItem();
        product.ProductId.ShouldBe("CSAFPID-0001");
        product.Source.ShouldBe(CsafProductSource.Branch);
        product.BranchPath.ShouldBe(
        [
            new CsafBranchStep("vendor", "Becton, Dickinson and Company (BD)"),
            new CsafBranchStep("product_name", "Alaris Infusion Central software"),
            new CsafBranchStep("product_version_range", ">= 1.1 | <= 1.3.2"),
        ]);
        product.Location.ShouldBe("/product_tree/branches/0/branches/0/branches/0/product");

        var vulnerability = document.Vulnerabilities[0];
        vulnerability.Cve.ShouldBe("CVE-2022-47376");
        vulnerability.Cwe.ShouldBe(new CsafCwe("CWE-257", "Storing Passwords in a Recoverable Format"));
        vulnerability.ProductStatus.KnownAffected.ShouldBe(["CSAFPID-0001"]);
        vulnerability.Scores.ShouldHaveSingleItem().CvssV3.ShouldBe(
            new CsafCvss("3.1", "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:L", 7.3m, "HIGH"));
        vulnerability.Remediations.Select(r => r.Category).ShouldBe(["vendor_fix", "mitigation", "mitigation", "vendor_fix"]);
        vulnerability.Remediations[0].Details.ShouldStartWith("BD is directly reaching out");
    }

    [Fact]
    public void RelationshipsGroupsAndHelpers_AreFlattenedWithTheirSources()
    {
        var result = CsafSome.Read(CsafSome.Document("""
            "product_tree": {
              "full_product_names": [
                { "product_id": "P1", "name": "Pump firmware 7.1",
                  "product_identification_helper": {
                    "model_numbers": ["6RA801?-??V62-0AA0", "PX-*"], "serial_numbers": ["12*"],
                    "purl": "pkg:generic/acme/pump@7.1", "cpe": "cpe:2.3:o:acme:pump:7.1:*:*:*:*:*:*:*",
                    "hashes": [ { "filename": "fw.bin", "file_hashes": [ { "algorithm": "sha256", "value": "ab" } ] } ],
                    "sbom_urls": ["https://acme.example/sbom.json"], "skus": ["SKU-1"],
                    "x_generic_uris": [ { "namespace": "https://ns.example", "uri": "https://ns.example/p1" } ] } },
                { "product_id": "P2", "name": "Gateway" }
              ],
              "relationships": [
                { "category": "installed_on", "product_reference": "P1", "relates_to_product_reference": "P2",
                  "full_product_name": { "product_id": "P1-ON-P2", "name": "Pump firmware 7.1 on Gateway" } }
              ],
              "product_groups": [ { "group_id": "G1", "product_ids": ["P1", "P1-ON-P2"] } ]
            },
            "vulnerabilities": [ {
              "cve": "CVE-2024-0001",
              "product_status": { "known_affected": ["P1-ON-P2"], "fixed": ["P2"] },
              "threats": [ { "category": "exploit_status", "details": "Exploited", "product_ids": ["P1-ON-P2"] } ],
              "flags": [ { "label": "component_not_present", "group_ids": ["G1"] } ],
              "remediations": [ { "category": "vendor_fix", "details": "Update to 7.2 or later.", "url": "https://acme.example/fix", "group_ids": ["G1"] } ],
              "involvements": [ { "party": "vendor", "status": "completed" } ]
            } ]
            """));

        result.Issues.ShouldBeEmpty();
        var tree = result.Document!.ProductTree;
        tree.Products.Select(p => (p.ProductId, p.Source)).ShouldBe(
            [("P1", CsafProductSource.FullProductName), ("P2", CsafProductSource.FullProductName), ("P1-ON-P2", CsafProductSource.Relationship)]);
        var helper = tree.Products[0].Helper!;
        helper.ModelNumbers.ShouldBe(["6RA801?-??V62-0AA0", "PX-*"]);
        helper.SerialNumbers.ShouldBe(["12*"]);
        helper.Purl.ShouldBe("pkg:generic/acme/pump@7.1");
        helper.Hashes.ShouldHaveSingleItem().FileHashes.ShouldBe([new CsafHash("sha256", "ab")]);
        helper.GenericUris.ShouldBe([new CsafGenericUri("https://ns.example", "https://ns.example/p1")]);
        tree.Products[2].Relationship.ShouldBe(new CsafRelationship("installed_on", "P1", "P2", "P1-ON-P2", "Pump firmware 7.1 on Gateway"));
        tree.Groups.ShouldHaveSingleItem().ProductIds.ShouldBe(["P1", "P1-ON-P2"]);
        var vulnerability = result.Document.Vulnerabilities.ShouldHaveSingleItem();
        vulnerability.Threats.ShouldHaveSingleItem().Category.ShouldBe("exploit_status");
        vulnerability.Flags.ShouldHaveSingleItem().GroupIds.ShouldBe(["G1"]);
        vulnerability.Remediations.ShouldHaveSingleItem().Details.ShouldBe("Update to 7.2 or later.");
        vulnerability.Involvements.ShouldHaveSingleItem().Party.ShouldBe("vendor");
    }

    [Fact]
    public void AVexDocumentWithoutAnImpactStatement_FailsTheVexProfileTest()
    {
        var json = CsafSome.Document("""
            "product_tree": { "full_product_names": [ { "product_id": "P1", "name": "Pump" } ] },
            "vulnerabilities": [ { "cve": "CVE-2024-0001", "notes": [ { "category": "description", "text": "x" } ],
                                   "product_status": { "known_not_affected": ["P1"] } } ]
            """).Replace("\"csaf_base\"", "\"csaf_vex\"", StringComparison.Ordinal);

        var result = CsafSome.Read(json);

        result.Document!.IsVex.ShouldBeTrue();
        result.Errors.Select(e => (e.Code, e.Location)).ShouldBe([("csaf-6.1.27.9", "/vulnerabilities/0/product_status/known_not_affected/0")]);
    }
}
