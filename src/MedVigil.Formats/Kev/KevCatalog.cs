namespace MedVigil.Formats.Kev;

/// <summary>One release of the CISA Known Exploited Vulnerabilities catalog.</summary>
/// <param name="Title">The catalog's title, when given.</param>
/// <param name="CatalogVersion">The release, e.g. <c>2025.08.25</c>.</param>
/// <param name="DateReleased">When the release was published.</param>
/// <param name="Vulnerabilities">The entries, in file order; <c>count</c> was checked against their number.</param>
public sealed record KevCatalog(string? Title, string CatalogVersion, DateTimeOffset DateReleased, IReadOnlyList<KevEntry> Vulnerabilities)
{
    /// <summary>What changed between two releases (see <see cref="KevCatalogDiff"/>).</summary>
    public static KevCatalogDiff Diff(KevCatalog older, KevCatalog newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = ById(older);
        var after = ById(newer);
        return new KevCatalogDiff(
            [.. after.Keys.Where(id => !before.ContainsKey(id)).Order(StringComparer.Ordinal)],
            [.. before.Keys.Where(id => !after.ContainsKey(id)).Order(StringComparer.Ordinal)],
            [.. after.Where(p => before.TryGetValue(p.Key, out var old) && !old.SameAs(p.Value)).Select(p => p.Key).Order(StringComparer.Ordinal)]);

        // A CVE listed twice (which the reader reports) counts once, with its last entry.
        static Dictionary<string, KevEntry> ById(KevCatalog catalog)
        {
            var map = new Dictionary<string, KevEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in catalog.Vulnerabilities)
            {
                map[entry.CveId] = entry;
            }

            return map;
        }
    }
}

/// <summary>CVE ids, sorted, added to, removed from, and changed in (any field differs) a later catalog release.</summary>
public sealed record KevCatalogDiff(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed);

/// <summary>One known exploited vulnerability.</summary>
/// <param name="KnownRansomwareCampaignUse"><c>Known</c> or <c>Unknown</c>, as written.</param>
/// <param name="Notes">Free text, usually ending with URLs separated by <c> ; </c>; empty when absent.</param>
/// <param name="Cwes">CWE ids such as <c>CWE-59</c>.</param>
public sealed record KevEntry(
    string CveId,
    string VendorProject,
    string Product,
    string VulnerabilityName,
    DateOnly DateAdded,
    string ShortDescription,
    string RequiredAction,
    DateOnly DueDate,
    string? KnownRansomwareCampaignUse,
    string Notes,
    IReadOnlyList<string> Cwes)
{
    private static readonly string[] NoCwes = [];

    /// <summary>Whether every field is equal (records compare lists by reference, so this compares them by content).</summary>
    public bool SameAs(KevEntry other) =>
        this with { Cwes = NoCwes } == (other ?? throw new ArgumentNullException(nameof(other))) with { Cwes = NoCwes }
        && Cwes.SequenceEqual(other.Cwes, StringComparer.Ordinal);
}
