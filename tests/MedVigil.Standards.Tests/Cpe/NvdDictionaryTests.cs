using System.Text.Json;
using MedVigil.Standards.Cpe;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Cpe;

/// <summary>The 10,000 real CPE dictionary names of an NVD CPE API 2.0 page (shared/data/nvd/api-responses/cpes-2023.json).</summary>
public sealed class NvdDictionaryTests
{
    // Case → reason. Empty: every name passes.
    private static readonly Dictionary<string, string> KnownFailures = [];

    [Fact]
    public void EveryDictionaryNameParsesRoundTripsThroughBothBindingsAndEqualsItself()
    {
        var names = DictionaryNames();
        var failures = new Dictionary<string, string>();
        foreach (var text in names)
        {
            if (Problem(text) is { } problem)
            {
                failures[text] = problem;
            }
        }

        names.Count.ShouldBe(10_000);
        SuiteReport.Check("cpes-2023.json", names.Count, failures, KnownFailures);
    }

    private static string? Problem(string text)
    {
        if (!CpeName.TryParseFormattedString(text, out var name, out var error))
        {
            return error.Message;
        }

        if (name.ToString() != text)
        {
            return $"formats as {name}";
        }

        var uri = name.ToUri();
        if (!CpeName.TryParseUri(uri, out var fromUri, out var uriError))
        {
            return $"its URI {uri} does not parse: {uriError.Message}";
        }

        if (fromUri != name || fromUri.ToString() != text)
        {
            return $"its URI {uri} reads back as {fromUri}";
        }

        var relation = CpeName.Compare(name, name);
        return relation == CpeRelation.Equal ? null : $"compares {relation} to itself";
    }

    private static List<string> DictionaryNames()
    {
        using var stream = File.OpenRead(SharedData.Path("nvd", "api-responses", "cpes-2023.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("products").EnumerateArray()
            .Select(p => p.GetProperty("cpe").GetProperty("cpeName").GetString()!)
            .ToList();
    }
}
