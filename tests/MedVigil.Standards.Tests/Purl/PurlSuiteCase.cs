using System.Text.Json;

namespace MedVigil.Standards.Tests.Purl;

/// <summary>One case of an official purl-spec test file (schema purl-test 0.2).</summary>
internal sealed record PurlSuiteCase(
    string File, int Index, string Description, string Group, string TestType, JsonElement Input,
    JsonElement ExpectedOutput, bool ExpectedFailure)
{
    /// <summary>Identifies the case in the known-failures list: file, test type and input (compact JSON for components).</summary>
    public string Key => $"{File}: {TestType} {(Input.ValueKind == JsonValueKind.String ? Input.GetString() : Input.GetRawText())}";

    public static IReadOnlyList<PurlSuiteCase> Load(string path)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var file = Path.GetFileName(path);
        return [.. document.RootElement.GetProperty("tests").EnumerateArray().Select((test, index) => new PurlSuiteCase(
            file,
            index,
            test.GetProperty("description").GetString()!,
            test.GetProperty("test_group").GetString()!,
            test.GetProperty("test_type").GetString()!,
            test.GetProperty("input").Clone(),
            test.TryGetProperty("expected_output", out var output) ? output.Clone() : default,
            test.TryGetProperty("expected_failure", out var failure) && failure.GetBoolean()))];
    }
}
