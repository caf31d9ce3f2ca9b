using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>Where product ids and product group ids are defined and where they are used (CSAF 2.0 §3.1.8, §3.1.9).</summary>
internal static class CsafProductIds
{
    private static readonly string[] ReferencePatterns =
    [
        "/product_tree/product_groups/*/product_ids/*",
        "/product_tree/relationships/*/product_reference",
        "/product_tree/relationships/*/relates_to_product_reference",
        "/vulnerabilities/*/product_status/*/*",
        "/vulnerabilities/*/remediations/*/product_ids/*",
        "/vulnerabilities/*/scores/*/products/*",
        "/vulnerabilities/*/threats/*/product_ids/*",
        "/vulnerabilities/*/flags/*/product_ids/*",
    ];

    private static readonly string[] GroupReferencePatterns =
    [
        "/vulnerabilities/*/remediations/*/group_ids/*",
        "/vulnerabilities/*/threats/*/group_ids/*",
        "/vulnerabilities/*/flags/*/group_ids/*",
    ];

    /// <summary>Every <c>product_id</c> definition: branch leaves, full product names, relationship products.</summary>
    public static IEnumerable<CsafNode> Definitions(JsonElement root) =>
        CsafSelect.BranchProducts(root)
            .Concat(CsafSelect.All(root, "/product_tree/full_product_names/*"))
            .Concat(CsafSelect.All(root, "/product_tree/relationships/*/full_product_name"))
            .Select(p => p.Member("product_id"))
            .OfType<CsafNode>()
            .Where(n => n.Text is not null);

    public static IEnumerable<CsafNode> References(JsonElement root) =>
        ReferencePatterns.SelectMany(p => CsafSelect.Texts(root, p));

    public static IEnumerable<CsafNode> GroupDefinitions(JsonElement root) =>
        CsafSelect.Texts(root, "/product_tree/product_groups/*/group_id");

    public static IEnumerable<CsafNode> GroupReferences(JsonElement root) =>
        GroupReferencePatterns.SelectMany(p => CsafSelect.Texts(root, p));

    /// <summary>The product ids of each group id (the first definition wins).</summary>
    public static Dictionary<string, string[]> GroupMembers(JsonElement root)
    {
        var groups = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in CsafSelect.All(root, "/product_tree/product_groups/*"))
        {
            if (group.MemberText("group_id") is { } id)
            {
                groups.TryAdd(id, [.. CsafSelect.All(group, "/product_ids/*").Select(n => n.Text).OfType<string>()]);
            }
        }

        return groups;
    }
}
