using System.Text.Json;
using MedVigil.Standards.Purl;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Purl;

/// <summary>
/// The pre-2025 purl-spec suite (<c>purl/legacy/test-suite-data.json</c>), run lenient: it predates the split into
/// required and recommended cases and expects non-canonical input to be repaired.
/// </summary>
public sealed class LegacySuiteTests
{
    [Fact]
    public void TheLegacySuitePassesExceptWhereTheStandardHasSinceChanged()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.Path("purl", "legacy", "test-suite-data.json")));
        var results = document.RootElement.EnumerateArray().Select(test => ($"test-suite-data.json: {test.GetProperty("purl").GetString()}",
            Run(test))).ToList();

        SuiteVerdict.Assert("test-suite-data.json", results, KnownPurlFailures.Legacy);
    }

    private static string? Run(JsonElement test)
    {
        var input = test.GetProperty("purl").GetString()!;
        if (test.GetProperty("is_invalid").GetBoolean())
        {
            return PurlSuiteRunner.Parse(input, PurlParseMode.Lenient, expectFailure: true, default);
        }

        return PurlSuiteRunner.Parse(input, PurlParseMode.Lenient, expectFailure: false, test)
            ?? PurlSuiteRunner.Canonical(input, PurlParseMode.Lenient, expectFailure: false,
                test.GetProperty("canonical_purl").GetString());
    }
}
