using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Reads <c>/product_tree</c> and flattens it: branch leaves (with the path of branches above them),
/// <c>full_product_names</c> and relationship products, in document order.
/// </summary>
internal static class CsafProductTreeReader
{
    private const string Root = "/product_tree";

    public static CsafProductTree Read(CsafJsonReader json, JsonElement root)
    {
        if (json.Object(root, "product_tree", "") is not { } tree)
        {
            return CsafProductTree.Empty;
        }

        var products = new List<CsafProduct>();
        ReadBranches(json, tree, Root, [], products);
        products.AddRange(json.ObjectArray(tree, "full_product_names", Root, (p, at) =>
            ReadProduct(json, p, at, CsafProductSource.FullProductName, [], null)));
        var relationships = json.ObjectArray(tree, "relationships", Root, (r, at) => ReadRelationship(json, r, at, products));
        var groups = json.ObjectArray(tree, "product_groups", Root, (g, at) => new CsafProductGroup(
            json.String(g, "group_id", at),
            json.Strings(g, "product_ids", at, required: true),
            json.OptionalString(g, "summary", at)));
        return new CsafProductTree(products, groups, relationships);
    }

    public static CsafIdentificationHelper ReadHelper(CsafJsonReader json, JsonElement helper, string at) => new(
        json.OptionalString(helper, "cpe", at),
        json.OptionalString(helper, "purl", at),
        json.ObjectArray(helper, "hashes", at, (h, p) => new CsafFileHashes(
            json.String(h, "filename", p),
            json.ObjectArray(h, "file_hashes", p, (f, q) => new CsafHash(json.String(f, "algorithm", q), json.String(f, "value", q)), required: true))),
        json.Strings(helper, "model_numbers", at),
        json.Strings(helper, "serial_numbers", at),
        json.Strings(helper, "sbom_urls", at),
        json.Strings(helper, "skus", at),
        json.ObjectArray(helper, "x_generic_uris", at, (u, p) => new CsafGenericUri(json.String(u, "namespace", p), json.String(u, "uri", p))));

    private static void ReadBranches(CsafJsonReader json, JsonElement parent, string pointer, CsafBranchStep[] path, List<CsafProduct> products)
    {
        // Recursion is bounded by the reader's depth limit, enforced when the JSON was parsed.
        json.ObjectArray(parent, "branches", pointer, (branch, at) =>
        {
            var step = new CsafBranchStep(json.String(branch, "category", at), json.String(branch, "name", at));
            CsafBranchStep[] here = [.. path, step];
            if (json.Object(branch, "product", at) is { } product)
            {
                products.Add(ReadProduct(json, product, CsafPointer.Property(at, "product"), CsafProductSource.Branch, here, null));
            }

            ReadBranches(json, branch, at, here, products);
            return step;
        });
    }

    private static CsafRelationship ReadRelationship(CsafJsonReader json, JsonElement relationship, string at, List<CsafProduct> products)
    {
        var full = json.Object(relationship, "full_product_name", at, required: true) ?? default;
        var fullAt = CsafPointer.Property(at, "full_product_name");
        var composed = new CsafRelationship(
            json.String(relationship, "category", at),
            json.String(relationship, "product_reference", at),
            json.String(relationship, "relates_to_product_reference", at),
            json.String(full, "product_id", fullAt),
            json.String(full, "name", fullAt));
        products.Add(ReadProduct(json, full, fullAt, CsafProductSource.Relationship, [], composed));
        return composed;
    }

    private static CsafProduct ReadProduct(
        CsafJsonReader json, JsonElement product, string at, CsafProductSource source, CsafBranchStep[] path, CsafRelationship? relationship)
    {
        var helper = json.Object(product, "product_identification_helper", at);
        return new CsafProduct(
            relationship?.ProductId ?? json.String(product, "product_id", at),
            relationship?.Name ?? json.String(product, "name", at),
            source,
            path,
            relationship,
            helper is { } h ? ReadHelper(json, h, CsafPointer.Property(at, "product_identification_helper")) : null,
            at);
    }
}
