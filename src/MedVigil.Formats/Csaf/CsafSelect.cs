using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>A JSON value found in a document, with its pointer.</summary>
internal readonly record struct CsafNode(string Pointer, JsonElement Value)
{
    public string? Text => Value.ValueKind == JsonValueKind.String ? Value.GetString() : null;

    public CsafNode? Member(string name) =>
        Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out var v) ? new CsafNode(CsafPointer.Property(Pointer, name), v) : null;

    public string? MemberText(string name) => Member(name)?.Text;
}

/// <summary>
/// Selects values by a path pattern such as <c>/vulnerabilities/*/product_status/*/*</c>, where <c>*</c> is every
/// item of an array or member of an object; values of the wrong kind on the way are skipped (the typed reader
/// reports them).
/// </summary>
internal static class CsafSelect
{
    public static IEnumerable<CsafNode> All(JsonElement root, string pattern) =>
        All(new CsafNode("", root), pattern);

    public static IEnumerable<CsafNode> All(CsafNode start, string pattern)
    {
        IEnumerable<CsafNode> current = [start];
        foreach (var segment in pattern.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current.SelectMany(node => Step(node, segment));
        }

        return current;
    }

    public static IEnumerable<CsafNode> Texts(JsonElement root, string pattern) =>
        All(root, pattern).Where(n => n.Value.ValueKind == JsonValueKind.String);

    /// <summary>Every <c>product</c> of a branch at any depth under <c>/product_tree/branches</c>.</summary>
    public static IEnumerable<CsafNode> BranchProducts(JsonElement root) =>
        Branches(root).Select(b => b.Member("product")).OfType<CsafNode>();

    /// <summary>Every branch at any depth, parents before children.</summary>
    public static IEnumerable<CsafNode> Branches(JsonElement root)
    {
        var pending = new Stack<CsafNode>(All(root, "/product_tree/branches/*").Reverse());
        while (pending.Count > 0)
        {
            var branch = pending.Pop();
            yield return branch;
            foreach (var child in All(branch, "/branches/*").Reverse())
            {
                pending.Push(child);
            }
        }
    }

    private static IEnumerable<CsafNode> Step(CsafNode node, string segment)
    {
        var value = node.Value;
        if (segment != "*")
        {
            return node.Member(segment) is { } member ? [member] : [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Select((item, i) => new CsafNode(CsafPointer.Index(node.Pointer, i), item)),
            JsonValueKind.Object => value.EnumerateObject().Select(p => new CsafNode(CsafPointer.Property(node.Pointer, p.Name), p.Value)),
            _ => [],
        };
    }
}
