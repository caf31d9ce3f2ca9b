using System.Text;
using System.Text.Json.Nodes;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Advisories;

/// <summary>
/// CSAF documents for import tests: the real CISA advisories, and edited copies (in memory or in a temp folder,
/// never in the repository) under a tracking id of their own, so tests sharing a database do not meet.
/// </summary>
internal static class CsafSamples
{
    /// <summary>A CISA advisory at version 2 with revisions 1 and 2.</summary>
    public static string TwoRevisionAdvisory => SharedData.Path("icsma", "2017", "icsma-17-009-01a.json");

    public static IReadOnlyList<string> Icsma() =>
        [.. Directory.EnumerateFiles(SharedData.Path("icsma"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>A fresh tracking id for a test's own copies.</summary>
    public static string NewTrackingId() => "TEST-CSAF-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    /// <summary>
    /// <see cref="TwoRevisionAdvisory"/> under <paramref name="trackingId"/>: as published (version 2), or cut back
    /// to its first revision (version 1, one revision-history item, current release date of revision 1).
    /// </summary>
    public static byte[] Revision(string trackingId, int version)
    {
        var root = JsonNode.Parse(File.ReadAllText(TwoRevisionAdvisory))!;
        var tracking = root["document"]!["tracking"]!;
        tracking["id"] = trackingId;
        if (version == 1)
        {
            var history = tracking["revision_history"]!.AsArray();
            history.RemoveAt(1);
            tracking["version"] = "1";
            tracking["current_release_date"] = history[0]!["date"]!.GetValue<string>();
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>The first <paramref name="keep"/> bytes of a real advisory: JSON that ends mid-way.</summary>
    public static byte[] Truncated(int keep = 1500) => File.ReadAllBytes(TwoRevisionAdvisory)[..keep];

    /// <summary>An OASIS validator case that fails mandatory test 6.1.1 (a product id used but never defined).</summary>
    public static string MandatoryTestFailure =>
        SharedData.Path("csaf", "test", "validator", "data", "mandatory", "oasis_csaf_tc-csaf_2_0-2021-6-1-01-02.json");
}
