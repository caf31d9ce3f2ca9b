using MedVigil.Formats.CycloneDx;

namespace MedVigil.Formats.Tests.CycloneDx;

/// <summary>What the read model keeps of a BOM, in JSON and in XML.</summary>
public sealed class CycloneDxMappingTests
{
    [Fact]
    public void AJsonDeviceVex_IsReadWithoutIssues()
    {
        var result = Some.Read(Some.DeviceVex);

        result.Issues.ShouldBeEmpty();
        var bom = result.Document.ShouldNotBeNull();
        bom.SpecVersion.ShouldBe("1.6");
        bom.Version.ShouldBe(3);
        bom.Syntax.ShouldBe(CycloneDxSyntax.Json);
        bom.SerialNumber.ShouldBe("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
    }

    [Fact]
    public void Metadata_KeepsTimestampLifecyclesToolsManufacturerSupplierAndComponent()
    {
        var metadata = Some.Read(Some.DeviceVex).Document!.Metadata.ShouldNotBeNull();

        metadata.Timestamp.ShouldBe("2025-01-02T03:04:05Z");
        metadata.Lifecycles.ShouldBe(["operations", "field-service"]);
        metadata.Tools.ShouldBe([new CycloneDxTool("Anchore", "syft", "1.0")]);
        metadata.Manufacturer!.Name.ShouldBe("Acme Medical");
        metadata.Manufacturer.Urls.ShouldBe(["https://acme.example"]);
        metadata.Supplier!.Name.ShouldBe("Acme Distribution");
        metadata.Component!.BomRef.ShouldBe("pump");
        metadata.Component.Type.ShouldBe("device");
    }

    [Fact]
    public void NestedComponents_AreFlattenedParentsFirst_WithTheirBomRefPathAndPointer()
    {
        var components = Some.Read(Some.DeviceVex).Document!.Components;

        components.Select(c => c.BomRef).ShouldBe(["fw", "openssl", "os"]);
        var openssl = components[1];
        openssl.BomRefPath.ShouldBe(["fw", "openssl"]);
        openssl.Location.ShouldBe("/components/0/components/0");
        openssl.Group.ShouldBe("openssl");
        openssl.Purl.ShouldBe("pkg:generic/openssl@1.1.1k");
        openssl.Cpe.ShouldBe("cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*");
        openssl.Licenses.ShouldBe(["Apache-2.0", "OpenSSL License"]);
        components[0].Hashes.ShouldHaveSingleItem().Algorithm.ShouldBe("SHA-256");
        components[0].Supplier!.Name.ShouldBe("Acme Medical");
        components[0].Properties.ShouldBe([new CycloneDxProperty("End-of-Support", "2030-12-31")]);
        components[0].ExternalReferences.ShouldBe([new CycloneDxExternalReference("advisories", "https://acme.example/psirt")]);
        components[2].Licenses.ShouldBe(["GPL-2.0-only"]);
    }

    [Fact]
    public void TheDependencyGraph_IsKeptAsWritten()
    {
        var dependencies = Some.Read(Some.DeviceVex).Document!.Dependencies;

        dependencies.Count.ShouldBe(2);
        dependencies[0].Ref.ShouldBe("pump");
        dependencies[0].DependsOn.ShouldBe(["fw", "os"]);
    }

    [Fact]
    public void AVulnerability_KeepsRatingsCwesAnalysisAndAffects_WithVersionsAndBomLinks()
    {
        var vulnerability = Some.Read(Some.DeviceVex).Document!.Vulnerabilities.ShouldHaveSingleItem();

        vulnerability.Id.ShouldBe("CVE-2021-3449");
        vulnerability.SourceName.ShouldBe("NVD");
        vulnerability.Ratings.ShouldBe([new CycloneDxRating("NVD", 5.9, "medium", "CVSSv31", "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H")]);
        vulnerability.Cwes.ShouldBe([476]);
        (vulnerability.Recommendation, vulnerability.Workaround).ShouldBe(("Upgrade the firmware to 4.3", "Disable TLS renegotiation"));
        (vulnerability.Published, vulnerability.Updated).ShouldBe(("2021-03-25T15:15:00Z", "2024-06-01T00:00:00Z"));
        var analysis = vulnerability.Analysis.ShouldNotBeNull();
        (analysis.State, analysis.Justification, analysis.Detail).ShouldBe(("not_affected", "code_not_reachable", "TLS renegotiation is disabled"));
        analysis.Responses.ShouldBe(["will_not_fix", "update"]);
        vulnerability.Affects.Count.ShouldBe(2);
        vulnerability.Affects[0].Versions.ShouldBe([new CycloneDxAffectedVersion("1.1.1k", null, "unaffected"), new CycloneDxAffectedVersion(null, "vers:generic/>=1.1.1|<1.1.1l", "affected")]);
        vulnerability.Affects[0].IsBomLink.ShouldBeFalse();
        vulnerability.Affects[1].IsBomLink.ShouldBeTrue();
    }

    [Fact]
    public void AnXmlBom_IsReadLikeItsJsonForm()
    {
        var result = Some.Read(Some.DeviceXml);

        result.Issues.ShouldBeEmpty();
        var bom = result.Document!;
        (bom.SpecVersion, bom.Version, bom.Syntax).ShouldBe(("1.4", 2, CycloneDxSyntax.Xml));
        bom.Metadata!.Tools.ShouldBe([new CycloneDxTool("Anchore", "syft", "0.9")]);
        bom.Metadata.Manufacturer!.Urls.ShouldBe(["https://acme.example", "https://acme.example/psirt"]);
        bom.Components.Select(c => c.BomRef).ShouldBe(["fw", "openssl"]);
        bom.Components[0].Hashes.ShouldBe([new CycloneDxHash("SHA-256", "a3f5c0e1d2b4a3f5c0e1d2b4a3f5c0e1d2b4a3f5c0e1d2b4a3f5c0e1d2b4a3f5")]);
        bom.Components[0].Licenses.ShouldBe(["MIT"]);
        bom.Components[1].Licenses.ShouldBe(["Apache-2.0 OR MIT"]);
        bom.Components[1].BomRefPath.ShouldBe(["fw", "openssl"]);
        bom.Components[1].Purl.ShouldBe("pkg:generic/openssl@1.1.1k");
        bom.Components[0].Properties.ShouldBe([new CycloneDxProperty("End-of-Support", "2030-12-31")]);
        bom.Components[0].ExternalReferences.ShouldBe([new CycloneDxExternalReference("advisories", "https://acme.example/psirt")]);
        bom.Dependencies.Select(d => (d.Ref, string.Join(",", d.DependsOn))).ShouldBe([("pump", "fw"), ("fw", "openssl")]);
        var vulnerability = bom.Vulnerabilities.ShouldHaveSingleItem();
        vulnerability.Cwes.ShouldBe([476]);
        vulnerability.Ratings.ShouldHaveSingleItem().Score.ShouldBe(5.9);
        vulnerability.Analysis!.State.ShouldBe("exploitable");
        vulnerability.Analysis.Responses.ShouldBe(["update"]);
        vulnerability.Affects.ShouldHaveSingleItem().Versions.ShouldBe([new CycloneDxAffectedVersion("1.1.1k", null, "affected")]);
    }

    [Fact]
    public void LegacyToolsOfA14JsonBom_AreRead()
    {
        var bom = Some.Read(Some.Bom("""
            "metadata": { "tools": [{ "vendor": "CycloneDX", "name": "cyclonedx-npm", "version": "1.0" }] }
            """, "1.4")).Document!;

        bom.Metadata!.Tools.ShouldBe([new CycloneDxTool("CycloneDX", "cyclonedx-npm", "1.0")]);
    }

    [Fact]
    public void ComponentsNestedInTheDescribedProduct_AreFlattenedToo()
    {
        var bom = Some.Read(Some.Bom("""
            "metadata": { "component": { "type": "device", "bom-ref": "pump", "name": "pump",
              "components": [{ "type": "firmware", "bom-ref": "fw", "name": "fw" }] } },
            "components": [{ "type": "library", "bom-ref": "lib", "name": "lib" }]
            """)).Document!;

        bom.Components.Select(c => (c.BomRef, string.Join('/', c.BomRefPath), c.Location)).ShouldBe(
            [("fw", "pump/fw", "/metadata/component/components/0"), ("lib", "lib", "/components/0")]);
        bom.Metadata!.Component!.BomRef.ShouldBe("pump");
    }
}
