using System.Text.Json;
using MedVigil.Formats.Schemas;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Schemas;

/// <summary>The shared schema helper: lookup by version, references, caching, and issue locations.</summary>
public sealed class JsonSchemaSetTests
{
    private static SchemaFolder CycloneDx => new(SharedData.Path("cyclonedx", "schema"));

    [Theory]
    [InlineData("1.4")]
    [InlineData("1.5")]
    [InlineData("1.6")]
    [InlineData("1.7")]
    public void EachVersion_HasItsSchema_WithTheReferencedSchemasResolved(string version)
    {
        var set = CycloneDx.ForVersion("bom-{version}.schema.json", version).ShouldNotBeNull();

        Path.GetFileName(set.RootPath).ShouldBe($"bom-{version}.schema.json");
        // The license choice refers to spdx.schema.json: an unknown SPDX id fails only if that reference resolved.
        using var bom = JsonDocument.Parse($$"""
            { "bomFormat": "CycloneDX", "specVersion": "{{version}}", "components": [{ "type": "library", "name": "x", "licenses": [{ "license": { "id": "NOT-A-LICENSE" } }] }] }
            """);
        set.Validate(bom.RootElement).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("1.3")]
    [InlineData("9.9")]
    // A version from an untrusted document must not name a file outside the folder.
    [InlineData("../schema/bom-1.6")]
    [InlineData("")]
    public void AVersionWithoutSchemaFile_GivesNull(string version)
    {
        CycloneDx.ForVersion("bom-{version}.schema.json", version).ShouldBeNull();
    }

    [Fact]
    public void ALoadedSet_IsCached()
    {
        var first = CycloneDx.ForVersion("bom-{version}.schema.json", "1.6");
        var second = CycloneDx.ForVersion("bom-{version}.schema.json", "1.6");

        second.ShouldBeSameAs(first);
    }

    [Fact]
    public void AValidDocument_HasNoIssues_AndAnInvalidOneIsLocatedByPointer()
    {
        var set = CycloneDx.ForVersion("bom-{version}.schema.json", "1.5")!;
        using var valid = JsonDocument.Parse("""{ "bomFormat": "CycloneDX", "specVersion": "1.5" }""");
        using var invalid = JsonDocument.Parse("""{ "bomFormat": "CycloneDX", "specVersion": "1.5", "serialNumber": "not-a-urn" }""");

        set.Validate(valid.RootElement).ShouldBeEmpty();
        var issue = set.Validate(invalid.RootElement).ShouldHaveSingleItem();
        (issue.Code, issue.Location).ShouldBe(("schema", "/serialNumber"));
    }
}
