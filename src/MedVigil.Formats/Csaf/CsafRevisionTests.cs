using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>Mandatory tests 6.1.14, 6.1.16, 6.1.21, 6.1.22: the revision history against itself and the document version.</summary>
internal static class CsafRevisionTests
{
    private const string VersionPointer = "/document/tracking/version";

    public static CsafMandatoryTest Sorted { get; } = new("6.1.14", root =>
        Pairs(CsafRevisionItem.SortedByDate(root))
            .Where(p => p.Previous.Version is not null && p.Next.Version is not null && p.Previous.Version.CompareTo(p.Next.Version) > 0)
            .Select(p => (p.Next.NumberPointer, $"Revision {p.Next.Number} is dated after revision {p.Previous.Number} but numbered lower.")));

    public static CsafMandatoryTest LatestVersion { get; } = new("6.1.16", Latest);

    public static CsafMandatoryTest MissingItem { get; } = new("6.1.21", Missing);

    public static CsafMandatoryTest MultipleDefinition { get; } = new("6.1.22", root =>
        CsafRevisionItem.All(root)
            .GroupBy(i => i.Number, StringComparer.Ordinal)
            .SelectMany(g => g.Skip(1))
            .Select(i => (i.NumberPointer, $"The revision number {i.Number} appears more than once.")));

    private static IEnumerable<(CsafRevisionItem Previous, CsafRevisionItem Next)> Pairs(List<CsafRevisionItem> items) =>
        items.Zip(items.Skip(1));

    private static IEnumerable<(string, string)> Latest(JsonElement root)
    {
        var version = CsafVersionNumber.Parse(CsafSelect.Texts(root, VersionPointer).FirstOrDefault().Text);
        var last = CsafRevisionItem.SortedByDate(root).LastOrDefault();
        if (version is null || last?.Version is null)
        {
            yield break;
        }

        // Build metadata never counts; a draft may carry a pre-release part its last revision lacks.
        var draft = CsafSelect.Texts(root, "/document/tracking/status").Any(s => s.Text == "draft");
        if (version.Core(draft).CompareTo(last.Version.Core(draft)) != 0)
        {
            yield return (VersionPointer, $"The document version is not the number of the latest revision ({last.Number}).");
        }
    }

    private static IEnumerable<(string, string)> Missing(JsonElement root)
    {
        var items = CsafRevisionItem.SortedByDate(root).Where(i => i.Version is not null).ToList();
        if (items.Count == 0)
        {
            yield break;
        }

        if (items[0].Version!.Major > 1)
        {
            yield return (items[0].NumberPointer, $"The first revision is {items[0].Number}; it must be 0 or 1 (major version 0 or 1).");
        }

        foreach (var (previous, next) in Pairs(items))
        {
            if (next.Version!.Major - previous.Version!.Major > 1)
            {
                yield return (next.NumberPointer, $"The revision history skips from {previous.Number} to {next.Number}.");
            }
        }
    }
}
