using MedVigil.Formats.Common;
using MedVigil.Formats.CycloneDx;

namespace MedVigil.Formats.Tests.CycloneDx;

/// <summary>The typed checks, which run with or without schemas.</summary>
public sealed class CycloneDxChecksTests
{
    [Fact]
    public void ARepeatedBomRef_IsAnIssueAtTheSecondOne()
    {
        var result = Some.Read(Some.Bom("""
            "components": [
              { "type": "library", "bom-ref": "a", "name": "one" },
              { "type": "library", "bom-ref": "b", "name": "two", "components": [{ "type": "library", "bom-ref": "a", "name": "three" }] }
            ]
            """));

        var issue = Some.SingleError(result);
        (issue.Code, issue.Location).ShouldBe(("duplicate-bom-ref", "/components/1/components/0/bom-ref"));
    }

    [Fact]
    public void AMetadataComponentAndAComponentSharingABomRef_AreAnIssue()
    {
        var result = Some.Read(Some.Bom("""
            "metadata": { "component": { "type": "device", "bom-ref": "x", "name": "pump" } },
            "components": [{ "type": "firmware", "bom-ref": "x", "name": "fw" }]
            """));

        Some.SingleError(result).Location.ShouldBe("/components/0/bom-ref");
    }

    [Theory]
    [InlineData("""{ "ref": "nowhere" }""", "/dependencies/0/ref")]
    [InlineData("""{ "ref": "a", "dependsOn": ["a", "nowhere"] }""", "/dependencies/0/dependsOn/1")]
    [InlineData("""{ "ref": "a", "provides": ["nowhere"] }""", "/dependencies/0/provides/0")]
    // A BOM-Link names another BOM; the dependency graph must stay inside this one.
    [InlineData("""{ "ref": "a", "dependsOn": ["urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#a"] }""", "/dependencies/0/dependsOn/0")]
    public void ADependencyReferenceToNoBomRef_IsAnIssue(string dependency, string location)
    {
        var result = Some.Read(Some.Bom($$"""
            "components": [{ "type": "library", "bom-ref": "a", "name": "one" }],
            "dependencies": [{{dependency}}]
            """));

        var issue = Some.SingleError(result);
        (issue.Code, issue.Location).ShouldBe(("dangling-ref", location));
    }

    [Fact]
    public void AServiceBomRef_IsADependencyTarget()
    {
        var result = Some.Read(Some.Bom("""
            "components": [{ "type": "application", "bom-ref": "app", "name": "console" }],
            "services": [{ "bom-ref": "api", "name": "cloud api" }],
            "dependencies": [{ "ref": "app", "dependsOn": ["api"] }]
            """));

        result.Issues.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#product-ABC", true)]
    [InlineData("product-ABC", false)]
    public void AnAffectsReference_MustNameABomRefOrBeABomLink(string reference, bool valid)
    {
        var result = Some.Read(Some.Bom($$"""
            "components": [{ "type": "library", "bom-ref": "a", "name": "one" }],
            "vulnerabilities": [{ "id": "CVE-2024-0001", "affects": [{ "ref": "{{reference}}" }] }]
            """));

        result.IsValid.ShouldBe(valid);
        if (!valid)
        {
            Some.SingleError(result).Location.ShouldBe("/vulnerabilities/0/affects/0/ref");
        }
    }

    [Theory]
    [InlineData("1.1", "spec-version")]
    [InlineData("2.0", "spec-version")]
    public void AnUnsupportedSpecVersion_IsRefused(string version, string code)
    {
        var result = Some.Read(Some.Bom("", version));

        result.Document.ShouldBeNull();
        (Some.SingleError(result).Code, Some.SingleError(result).Location).ShouldBe((code, "/specVersion"));
    }

    [Fact]
    public void AnotherBomFormat_IsAnIssue()
    {
        var result = Some.Read("""{ "bomFormat": "SPDX", "specVersion": "1.5" }""");

        (Some.SingleError(result).Code, Some.SingleError(result).Location).ShouldBe(("bom-format", "/bomFormat"));
    }

    [Fact]
    public void AComponentWithoutName_IsAnIssue_AndLeftOut()
    {
        var result = Some.Read(Some.Bom("""
            "components": [{ "type": "library", "version": "1" }, { "type": "library", "name": "kept" }]
            """));

        (Some.SingleError(result).Code, Some.SingleError(result).Location).ShouldBe(("required", "/components/0"));
        result.Document!.Components.ShouldHaveSingleItem().Name.ShouldBe("kept");
    }

    [Theory]
    [InlineData("\"analysis\": { \"state\": \"not-affected\" }", "/vulnerabilities/0/analysis/state")]
    [InlineData("\"analysis\": { \"justification\": \"not_reachable\" }", "/vulnerabilities/0/analysis/justification")]
    [InlineData("\"analysis\": { \"response\": [\"update\", \"patch\"] }", "/vulnerabilities/0/analysis/response/1")]
    [InlineData("\"ratings\": [{ \"severity\": \"severe\" }]", "/vulnerabilities/0/ratings/0/severity")]
    [InlineData("\"affects\": [{ \"ref\": \"a\", \"versions\": [{ \"version\": \"1\", \"status\": \"fixed\" }] }]", "/vulnerabilities/0/affects/0/versions/0/status")]
    public void AVexValueOutsideItsVocabulary_IsAnIssue_EvenWithoutSchemas(string members, string location)
    {
        var result = Some.Read(Some.Bom($$"""
            "components": [{ "type": "library", "bom-ref": "a", "name": "one" }],
            "vulnerabilities": [{ "id": "CVE-2024-0001", {{members}} }]
            """));

        var issue = Some.SingleError(result);
        (issue.Code, issue.Location).ShouldBe(("enum", location));
    }
}
