namespace MedVigil.Formats.Csaf;

/// <summary>
/// The product ids an item (flag, threat, remediation) applies to: its product_ids plus the members of its
/// group_ids. Expanding groups is bounded: a document that references huge groups from very many items would make
/// the tests quadratic, so after <see cref="Budget"/> expanded ids the set is <see cref="Exhausted"/> and the test
/// reports that it could not finish.
/// </summary>
internal sealed class CsafProductSets(Dictionary<string, string[]> groups)
{
    /// <summary>Group members expanded per document and test, at most.</summary>
    public const long Budget = 5_000_000;

    private long left = Budget;

    public bool Exhausted { get; private set; }

    public static CsafProductSets Of(System.Text.Json.JsonElement root) => new(CsafProductIds.GroupMembers(root));

    public IEnumerable<string> Products(CsafNode item) =>
        CsafSelect.All(item, "/product_ids/*").Select(p => p.Text).OfType<string>()
            .Concat(CsafSelect.All(item, "/group_ids/*").Select(g => g.Text).OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .SelectMany(Members));

    /// <summary>The issue to add when the budget ran out; evaluated when enumerated, after the test's own issues.</summary>
    public IEnumerable<(string, string)> Unfinished()
    {
        if (Exhausted)
        {
            yield return ("/product_tree/product_groups", $"The product groups are referenced too often to finish this test (more than {Budget} expanded product ids).");
        }
    }

    private string[] Members(string groupId)
    {
        var members = groups.GetValueOrDefault(groupId) ?? [];
        left -= members.Length;
        Exhausted |= left < 0;
        return Exhausted ? [] : members;
    }
}
