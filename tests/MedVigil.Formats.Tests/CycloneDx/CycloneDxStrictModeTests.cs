using MedVigil.Formats.Common;
using MedVigil.Formats.CycloneDx;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.CycloneDx;

/// <summary>Strict mode: the official schema of the BOM's version is applied on top of the typed checks.</summary>
public sealed class CycloneDxStrictModeTests
{
    private static CycloneDxReadOptions Strict => new() { SchemaFolder = SharedData.Path("cyclonedx", "schema") };

    [Fact]
    public void ASchemaViolation_IsASchemaIssueAtTheValuesPointer()
    {
        var result = Some.Read(Some.Bom("""
            "components": [{ "type": "library", "name": "x", "scope": "sometimes" }]
            """), Strict);

        var issue = result.Errors.ShouldHaveSingleItem();
        (issue.Code, issue.Location).ShouldBe(("schema", "/components/0/scope"));
    }

    [Fact]
    public void WithoutASchemaFolder_OnlyTheTypedChecksRun()
    {
        var result = Some.Read(Some.Bom("""
            "components": [{ "type": "library", "name": "x", "scope": "sometimes" }]
            """));

        result.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void TheDeviceVex_IsValidAgainstThe16Schema()
    {
        Some.Read(Some.DeviceVex, Strict).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void AVersionWithoutSchema_GetsAWarning_AndStaysValid()
    {
        var result = Some.Read(Some.Bom("", "1.3"), Strict);

        result.IsValid.ShouldBeTrue();
        var warning = result.Issues.ShouldHaveSingleItem();
        (warning.Code, warning.Severity).ShouldBe(("schema-unavailable", IssueSeverity.Warning));
    }

    [Fact]
    public void AnXmlBom_GetsAWarningThatTheXmlSchemaIsNotApplied()
    {
        var result = Some.Read(Some.DeviceXml, Strict);

        result.IsValid.ShouldBeTrue();
        result.Issues.ShouldHaveSingleItem().Code.ShouldBe("schema-unavailable");
    }

    [Fact]
    public void TheTypedChecks_StillRunInStrictMode()
    {
        var result = Some.Read(Some.Bom("""
            "components": [{ "type": "library", "bom-ref": "a", "name": "x" }],
            "dependencies": [{ "ref": "b" }]
            """), Strict);

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("dangling-ref");
    }
}
