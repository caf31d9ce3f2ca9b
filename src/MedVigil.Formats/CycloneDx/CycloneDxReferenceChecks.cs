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
        if (!CycloneDxJsonWalker.TryGet(root, "dependencies", out var dependencies) || dependencies.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var dependency in dependencies.EnumerateArray())
        {
            var at = CycloneDxJsonWalker.Pointer("/dependencies", i++);
            Check(dependency, "ref", at, known, walker);
            foreach (var list in (string[])["dependsOn", "provides"])
            {
                if (CycloneDxJsonWalker.TryGet(dependency, list, out var refs) && refs.ValueKind == JsonValueKind.Array)
                {
                    var j = 0;
                    foreach (var item in refs.EnumerateArray())
                    {
                        CheckValue(item, CycloneDxJsonWalker.Pointer(CycloneDxJsonWalker.Pointer(at, list), j++), known, walker, bomLinkAllowed: false);
                    }
                }
            }
        }
    }

    private static void CheckAffects(JsonElement root, HashSet<string> known, CycloneDxJsonWalker walker)
    {
        if (!CycloneDxJsonWalker.TryGet(root, "vulnerabilities", out var vulnerabilities) || vulnerabilities.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var vulnerability in vulnerabilities.EnumerateArray())
        {
            var at = CycloneDxJsonWalker.Pointer("/vulnerabilities", i++);
            if (CycloneDxJsonWalker.TryGet(vulnerability, "affects", out var affects) && affects.ValueKind == JsonValueKind.Array)
            {
                var j = 0;
                foreach (var target in affects.EnumerateArray())
                {
                    Check(target, "ref", CycloneDxJsonWalker.Pointer(CycloneDxJsonWalker.Pointer(at, "affects"), j++), known, walker, bomLinkAllowed: true);
                }
            }
        }
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
