using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>Mandatory test 6.1.6: a product is in at most one of the groups Affected, Not affected, Fixed, Under investigation.</summary>
internal static class CsafProductStatusTest
{
    private static readonly Dictionary<string, string> GroupOf = new(StringComparer.Ordinal)
    {
        ["first_affected"] = "affected",
        ["known_affected"] = "affected",
        ["last_affected"] = "affected",
        ["known_not_affected"] = "not affected",
        ["first_fixed"] = "fixed",
        ["fixed"] = "fixed",
        ["under_investigation"] = "under investigation",
    };

    public static CsafMandatoryTest ContradictingStatus { get; } = new("6.1.6", Check);

    private static IEnumerable<(string, string)> Check(JsonElement root)
    {
        foreach (var status in CsafSelect.All(root, "/vulnerabilities/*/product_status"))
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var list in CsafSelect.All(status, "/*"))
            {
                var name = list.Pointer[(list.Pointer.LastIndexOf('/') + 1)..];
                if (!GroupOf.TryGetValue(name, out var group))
                {
                    continue;
                }

                foreach (var product in CsafSelect.All(list, "/*").Where(p => p.Text is not null))
                {
                    if (seen.TryGetValue(product.Text!, out var earlier) && !string.Equals(earlier, group, StringComparison.Ordinal))
                    {
                        yield return (product.Pointer, $"The product '{product.Text}' is both {earlier} and {group}.");
                    }

                    seen.TryAdd(product.Text!, group);
                }
            }
        }
    }
}
