using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>Mandatory tests 6.1.1–6.1.5: product ids and product group ids are defined exactly once, without cycles.</summary>
internal static class CsafProductIdTests
{
    public static CsafMandatoryTest MissingProductId { get; } = new("6.1.1", root => Missing(
        CsafProductIds.Definitions(root), CsafProductIds.References(root), "product id"));

    public static CsafMandatoryTest MultipleProductId { get; } = new("6.1.2", root => Duplicates(CsafProductIds.Definitions(root), "product id"));

    public static CsafMandatoryTest CircularProductId { get; } = new("6.1.3", Circular);

    public static CsafMandatoryTest MissingGroupId { get; } = new("6.1.4", root => Missing(
        CsafProductIds.GroupDefinitions(root), CsafProductIds.GroupReferences(root), "product group id"));

    public static CsafMandatoryTest MultipleGroupId { get; } = new("6.1.5", root => Duplicates(CsafProductIds.GroupDefinitions(root), "product group id"));

    private static IEnumerable<(string, string)> Missing(IEnumerable<CsafNode> definitions, IEnumerable<CsafNode> references, string what)
    {
        var defined = definitions.Select(d => d.Text!).ToHashSet(StringComparer.Ordinal);
        return references.Where(r => !defined.Contains(r.Text!))
            .Select(r => (r.Pointer, $"The {what} '{r.Text}' is used but not defined."));
    }

    private static IEnumerable<(string, string)> Duplicates(IEnumerable<CsafNode> definitions, string what)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!first.TryAdd(definition.Text!, definition.Pointer))
            {
                yield return (definition.Pointer, $"The {what} '{definition.Text}' is already defined at {first[definition.Text!]}.");
            }
        }
    }

    /// <summary>A relationship product must not be built, directly or through other relationships, from itself.</summary>
    private static IEnumerable<(string, string)> Circular(JsonElement root)
    {
        var relationships = CsafSelect.All(root, "/product_tree/relationships/*").ToList();
        var parts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            if (relationship.Member("full_product_name")?.MemberText("product_id") is { } id)
            {
                var list = parts.TryGetValue(id, out var existing) ? existing : parts[id] = [];
                list.AddRange(new[] { relationship.MemberText("product_reference"), relationship.MemberText("relates_to_product_reference") }.OfType<string>());
            }
        }

        var onCycles = CsafCycles.NodesOnCycles(parts);
        foreach (var relationship in relationships)
        {
            if (relationship.Member("full_product_name")?.Member("product_id") is { Text: { } id } at && onCycles.Contains(id))
            {
                yield return (at.Pointer, $"The product id '{id}' is defined through a relationship that refers back to it.");
            }
        }
    }
}
