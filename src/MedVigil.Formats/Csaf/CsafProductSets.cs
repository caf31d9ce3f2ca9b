namespace MedVigil.Formats.Csaf;

/// <summary>The product ids an item (flag, threat, remediation) applies to: its product_ids plus the members of its group_ids.</summary>
internal static class CsafProductSets
{
    public static IEnumerable<string> Products(CsafNode item, Dictionary<string, string[]> groups) =>
        CsafSelect.All(item, "/product_ids/*").Select(p => p.Text).OfType<string>()
            .Concat(CsafSelect.All(item, "/group_ids/*").Select(g => g.Text).OfType<string>()
                .SelectMany(g => groups.GetValueOrDefault(g) ?? []));
}
