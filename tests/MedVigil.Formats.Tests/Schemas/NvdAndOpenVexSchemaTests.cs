using System.Text.Json;
using System.Text.Json.Nodes;
using MedVigil.Formats.Schemas;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Schemas;

/// <summary>
/// Strict mode for NVD (the CVE API 2.0 schema, whose CVSS references point at NVD's copies of FIRST's schemas) and
/// OpenVEX (the 0.2.0 schema), against the real records.
/// </summary>
public sealed class NvdAndOpenVexSchemaTests
{
    private const string CveItem = "/definitions/def_cve_item";

    // The CVSS schemas the NVD schema references live elsewhere in the shared data (cvss/schemas).
    private static JsonSchemaSet Nvd => OfficialSchemas.Find("nvd", SharedData.Path()).ShouldNotBeNull();

    private static JsonSchemaSet OpenVex => OfficialSchemas.Find("openvex", SharedData.Path("openvex")).ShouldNotBeNull();

    private static List<string> Errors(JsonSchemaSet set, string json, string? definition = null)
    {
        using var document = JsonDocument.Parse(json);
        return [.. set.Validate(document.RootElement, definition).Select(i => $"{i.Location} {i.Message}")];
    }

    [Fact]
    public void EveryNvdRecord_IsValidAgainstTheRecordDefinition_WithDatesNotAssertedAsRfc3339()
    {
        var files = Directory.GetFiles(SharedData.Path("nvd", "cve-records"), "*.json");

        files.Length.ShouldBe(200);
        files.SelectMany(f => Errors(Nvd, File.ReadAllText(f), CveItem).Select(e => $"{Path.GetFileName(f)}: {e}")).ShouldBeEmpty();
    }

    [Fact]
    public void TheCvePagesOfTheApi_AreValid_AndANewerPageNamesTheMembersTheSchemaPredates()
    {
        Errors(Nvd, File.ReadAllText(SharedData.Path("nvd", "api-responses", "cves-CVE-2023-0001.json"))).ShouldBeEmpty();

        var newer = Errors(Nvd, File.ReadAllText(SharedData.Path("nvd", "api-responses", "osv.dev-vulnfeeds-CVE-2026-20912.json")));

        newer.ShouldContain(e => e.StartsWith("/vulnerabilities/0/cve/cveTags ", StringComparison.Ordinal) && e.EndsWith("this member is not allowed here", StringComparison.Ordinal));
    }

    [Fact]
    public void AWrongValueInsideTheReferencedCvssSchema_IsASchemaError()
    {
        var record = JsonNode.Parse(File.ReadAllText(SharedData.Path("nvd", "cve-records", "CVE-1999-0022.json")))!;
        var metric = record["cve"]!["metrics"]!["cvssMetricV2"]![0]!["cvssData"]!;
        metric["accessVector"] = "ANYWHERE";

        Errors(Nvd, record.ToJsonString(), CveItem).ShouldContain(e => e.StartsWith("/cve/metrics/cvssMetricV2/0/cvssData/accessVector ", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutTheCvssSchemas_TheNvdSchemaIsRefusedWhenLoaded_NamingTheMissingFile()
    {
        var error = Should.Throw<JsonException>(() => OfficialSchemas.Find("nvd", SharedData.Path("nvd")));

        error.Message.ShouldContain("cvss-v2.0.json");
        error.Message.ShouldContain("under the schema folder");
    }

    [Fact]
    public void OpenVex_AVersion020DocumentIsValid_AndTheOlderTestDocumentsAreNamedWithWhatTheSchemaRefuses()
    {
        Errors(OpenVex, File.ReadAllText(SharedData.Path("openvex", "vexctl", "examples", "csaf", "openvex.json"))).ShouldBeEmpty();

        // v0.0.1 wrote "version" as a string; 0.2.0 requires an integer.
        Errors(OpenVex, File.ReadAllText(SharedData.Path("openvex", "go-vex-testdata", "vex", "testdata", "v0.0.1.json")))
            .ShouldContain(e => e.StartsWith("/version ", StringComparison.Ordinal));
    }
}
