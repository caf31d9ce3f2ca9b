using System.Text.Json;

namespace MedVigil.Formats.CycloneDx;

/// <summary>
/// The reference rules of CycloneDX that the JSON schema cannot express: every <c>bom-ref</c> is unique in the BOM (outside <c>formulation</c>),
/// every reference in <c>dependencies</c> names one, and every <c>affects</c> reference names one or is a BOM-Link.
/// </summary>
internal static class CycloneDxReferenceChecks
{
    public static void Run(JsonElement root, CycloneDxJsonWalker walker)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        CollectBomRefs(root, "", known, walker);
        CheckDependencies(root, known, walker);
        CheckAffects(root, known, walker);
    }

    /// <summary>Every <c>bom-ref</c> anywhere (components, services, vulnerabilities, 1.6+ definitions…); a repeated one is an issue, except in <c>formulation</c>.</summary>
    private static void CollectBomRefs(JsonElement element, string at, HashSet<string> known, CycloneDxJsonWalker walker)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var where = CycloneDxJsonWalker.Pointer(at, property.Name);
                if (property.NameEquals("bom-ref") && property.Value.ValueKind == JsonValueKind.String)
                {
                    var value = property.Value.GetString()!;
                    // The official valid examples repeat bom-refs inside formulation (a workflow or workspace described
                    // where it is used), so uniqueness is enforced elsewhere only; those refs still resolve.
                    if (!known.Add(value) && !where.StartsWith("/formulation/", StringComparison.Ordinal))
                    {
                        walker.Error(where, "duplicate-bom-ref", $"The bom-ref \"{value}\" is used more than once; each must be unique in the BOM.");
                    }
                }
                else
                {
                    CollectBomRefs(property.Value, where, known, walker);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                CollectBomRefs(item, CycloneDxJsonWalker.Pointer(at, i++), known, walker);
            }
        }
    }

    private static void CheckDependencies(JsonElement root, HashSet<string> known, CycloneDxJsonWalker walker)
    {
        foreach (var (dependency, at) in Items(root, "dependencies", ""))
        {
            Check(dependency, "ref", at, known, walker);
            foreach (var (item, where) in Items(dependency, "dependsOn", at).Concat(Items(dependency, "provides", at)))
            {
                CheckValue(item, where, known, walker, bomLinkAllowed: false);
            }
        }
    }

    private static void CheckAffects(JsonElement root, HashSet<string> known, CycloneDxJsonWalker walker)
    {
        foreach (var (vulnerability, at) in Items(root, "vulnerabilities", ""))
        {
            foreach (var (target, where) in Items(vulnerability, "affects", at))
            {
                Check(target, "ref", where, known, walker, bomLinkAllowed: true);
            }
        }
    }

    /// <summary>The items of an array property with their pointers; nothing when it is absent or not an array (the mapper reports that).</summary>
    private static IEnumerable<(JsonElement Item, string At)> Items(JsonElement parent, string name, string at)
    {
        if (!CycloneDxJsonWalker.TryGet(parent, name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var where = CycloneDxJsonWalker.Pointer(at, name);
        return array.EnumerateArray().Select((item, i) => (item, CycloneDxJsonWalker.Pointer(where, i)));
    }

    private static void Check(JsonElement parent, string name, string at, HashSet<string> known, CycloneDxJsonWalker walker, bool bomLinkAllowed = false)
    {
        if (CycloneDxJsonWalker.TryGet(parent, name, out var value))
        {
            CheckValue(value, CycloneDxJsonWalker.Pointer(at, name), known, walker, bomLinkAllowed);
        }
    }

    private static void CheckValue(JsonElement value, string at, HashSet<string> known, CycloneDxJsonWalker walker, bool bomLinkAllowed)
    {
        // Wrong types are reported by the mapper; only strings are references.
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var reference = value.GetString()!;
        if (known.Contains(reference) || (bomLinkAllowed && reference.StartsWith("urn:cdx:", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        walker.Error(at, "dangling-ref", $"The reference \"{reference}\" names no bom-ref in this BOM{(bomLinkAllowed ? " and is not a BOM-Link (urn:cdx:…)" : "")}.");
    }
}
