using System.Text.Json;
using System.Text.Json.Nodes;
using MedVigil.Formats.Schemas;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Schemas;

/// <summary>
/// Strict mode for CSAF: the official CSAF 2.0 schema with the FIRST CVSS schemas it references (two of them draft-04,
/// upgraded on load), against the real advisories and the validator suite's valid files.
/// </summary>
public sealed class CsafSchemaTests
{
    private static JsonSchemaSet Csaf => OfficialSchemas.Find("csaf", SharedData.Path("csaf")).ShouldNotBeNull();

    private static IEnumerable<string> JsonFiles(params string[] folder) =>
        Directory.EnumerateFiles(SharedData.Path(folder), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static List<string> SchemaErrors(IEnumerable<string> files) =>
        [.. files.SelectMany(f => Validate(File.ReadAllText(f)).Select(e => $"{Path.GetFileName(f)}: {e}"))];

    private static IEnumerable<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Csaf.Validate(document.RootElement).Select(i => $"{i.Location} {i.Message}").ToList();
    }

    [Fact]
    public void TheCisaMedicalAdvisoriesAndTheOfficialExamples_AreSchemaValid()
    {
        var files = JsonFiles("icsma").Concat(JsonFiles("csaf", "examples", "csaf")).ToList();

        files.Count.ShouldBe(153);
        SchemaErrors(files).ShouldBeEmpty();
    }

    [Fact]
    public void EveryValidFileOfTheValidatorSuite_IsSchemaValid()
    {
        var valid = CsafValidatorValidFiles().ToList();

        valid.Count.ShouldBeGreaterThan(60);
        SchemaErrors(valid).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("cvss_v3", "baseSeverity", "SEVERE")]
    [InlineData("cvss_v2", "accessVector", "SOMEWHERE")]
    public void AWrongValueInsideAReferencedCvssSchema_IsASchemaErrorAtItsPointer(string block, string property, string value)
    {
        var advisory = JsonNode.Parse(File.ReadAllText(SharedData.Path("csaf", "examples", "csaf", "cisco-sa-20180328-smi2.json")))!;
        var score = advisory["vulnerabilities"]![0]!["scores"]![0]!.AsObject();
        score["cvss_v2"] = new JsonObject { ["version"] = "2.0", ["vectorString"] = "AV:N/AC:L/Au:N/C:P/I:P/A:P", ["baseScore"] = 7.5 };
        score[block]![property] = value;

        Validate(advisory.ToJsonString()).ShouldContain(e => e.StartsWith($"/vulnerabilities/0/scores/0/{block}/{property} ", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingRequiredMember_IsNamedAtItsParent()
    {
        var advisory = JsonNode.Parse(File.ReadAllText(SharedData.Path("csaf", "examples", "csaf", "bsi-2022-0001.json")))!;
        advisory["document"]!.AsObject().Remove("category");

        Validate(advisory.ToJsonString()).ShouldContain(e => e.StartsWith("/document ", StringComparison.Ordinal) && e.Contains("category", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWholeSharedFolder_FindsTheCvssSchemasPublishedBesideTheCsafSchema()
    {
        OfficialSchemas.Find("csaf", SharedData.Path()).ShouldNotBeNull().RootPath.ShouldBe(Csaf.RootPath);
        SchemaErrors(JsonFiles("csaf", "examples", "csaf")).ShouldBeEmpty();
    }

    private static IEnumerable<string> CsafValidatorValidFiles()
    {
        var root = SharedData.Path("csaf", "test", "validator", "data");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "testcases.json")));
        return json.RootElement.GetProperty("tests").EnumerateArray()
            .Where(t => t.TryGetProperty("valid", out _))
            .SelectMany(t => t.GetProperty("valid").EnumerateArray().Select(f => Path.Combine(root, f.GetProperty("name").GetString()!)))
            .Where(File.Exists)
            .ToList();
    }
}
