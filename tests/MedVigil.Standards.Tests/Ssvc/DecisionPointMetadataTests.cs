using System.Text.Json;
using MedVigil.Standards.Ssvc;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Ssvc;

/// <summary>Our embedded decision points (ids, names, value keys and names, in order) against CERT/CC's decision point files.</summary>
public sealed class DecisionPointMetadataTests
{
    public static TheoryData<string> DecisionPointIds => new(SsvcDecisionPoints.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(DecisionPointIds))]
    public void AnEmbeddedDecisionPointMatchesItsOfficialFile(string id)
    {
        var ours = SsvcDecisionPoints.All.Single(p => p.Id == id);
        using var official = OfficialFile(ours);

        official.RootElement.GetProperty("name").GetString().ShouldBe(ours.Name);
        var values = official.RootElement.GetProperty("values").EnumerateArray()
            .Select(v => new SsvcValueInfo(v.GetProperty("key").GetString()!, v.GetProperty("name").GetString()!));
        ours.Values.ShouldBe(values);
    }

    private static JsonDocument OfficialFile(SsvcDecisionPoint point)
    {
        var folder = SharedData.Path("ssvc", "json", "decision_points", point.Namespace);
        var matches = Directory.EnumerateFiles(folder, "*.json")
            .Select(path => JsonDocument.Parse(File.ReadAllText(path)))
            .Where(doc => doc.RootElement.GetProperty("key").GetString() == point.Key
                && doc.RootElement.GetProperty("version").GetString() == point.Version)
            .ToList();
        matches.Count.ShouldBe(1, $"one file in {folder} should define {point.Id}");
        return matches[0];
    }
}
