using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace MedVigil.Formats.CycloneDx;

/// <summary>
/// The element-by-element rules of <see cref="CycloneDxXmlConverter"/>: XML wraps lists in a plural element
/// (<c>&lt;components&gt;&lt;component/&gt;…</c>), JSON uses arrays; attributes become properties; text with attributes
/// (<c>&lt;hash alg="…"&gt;</c>) becomes <c>content</c>. Elements of other namespaces (extensions, signatures) are left out.
/// </summary>
internal sealed class CycloneDxXmlElements(XNamespace ns, int maxDepth)
{
    /// <summary>List wrappers: the item element's name (<c>*</c>: any), and the JSON property name when it differs from the wrapper's.</summary>
    private static readonly Dictionary<string, (string Item, string? JsonName)> Lists = new(StringComparer.Ordinal)
    {
        ["components"] = ("component", null),
        ["services"] = ("service", null),
        ["hashes"] = ("hash", null),
        ["dependencies"] = ("dependency", null),
        ["vulnerabilities"] = ("vulnerability", null),
        ["ratings"] = ("rating", null),
        ["cwes"] = ("cwe", null),
        ["affects"] = ("target", null),
        ["versions"] = ("version", null),
        ["responses"] = ("response", "response"),
        ["lifecycles"] = ("lifecycle", null),
        ["properties"] = ("property", null),
        ["externalReferences"] = ("reference", null),
        ["references"] = ("reference", null),
        ["advisories"] = ("advisory", null),
        ["authors"] = ("author", null),
        ["tools"] = ("tool", null),
        ["licenses"] = ("*", null),
    };

    /// <summary>Organizations, whose <c>url</c> is a list in JSON although XML repeats the element.</summary>
    private static readonly HashSet<string> Organizations = new(["supplier", "manufacturer", "manufacture", "provider", "organization"], StringComparer.Ordinal);

    /// <summary>The first element found deeper than the limit, or null.</summary>
    public XElement? TooDeep { get; private set; }

    public JsonObject Object(XElement element, int depth)
    {
        var json = new JsonObject();
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None))
        {
            json[attribute.Name.LocalName] = attribute.Value;
        }

        foreach (var group in element.Elements().Where(e => e.Name.Namespace == ns).GroupBy(e => e.Name.LocalName, StringComparer.Ordinal))
        {
            var name = group.Key;
            if (Organizations.Contains(element.Name.LocalName) && name == "url")
            {
                json[name] = new JsonArray([.. group.Select(u => (JsonNode?)JsonValue.Create(u.Value.Trim()))]);
            }
            else if (Lists.TryGetValue(name, out var list) && IsList(group.First(), list.Item))
            {
                json[list.JsonName ?? name] = Array(group.First(), list.Item, depth + 1);
            }
            else
            {
                // A repeated element that is not a known list keeps its first occurrence, as a JSON property can only appear once.
                json[name] = Value(group.First(), depth + 1);
            }
        }

        if (!element.HasElements && element.Attributes().Any() && element.Value.Trim().Length > 0)
        {
            json[element.Name.LocalName == "property" ? "value" : "content"] = element.Value.Trim();
        }

        return json;
    }

    /// <summary>Whether the wrapper holds items of the list (1.5+ <c>&lt;tools&gt;</c> holds components and services instead).</summary>
    private bool IsList(XElement wrapper, string item) =>
        !wrapper.HasElements || item == "*" || wrapper.Elements().Where(e => e.Name.Namespace == ns).All(e => e.Name.LocalName == item);

    private JsonArray Array(XElement wrapper, string item, int depth)
    {
        var array = new JsonArray();
        foreach (var element in item == "*" ? wrapper.Elements().Where(e => e.Name.Namespace == ns) : wrapper.Elements(ns + item))
        {
            array.Add(wrapper.Name.LocalName switch
            {
                "dependencies" => Dependency(element),
                "cwes" or "responses" => JsonValue.Create(element.Value.Trim()),
                _ => Value(element, depth + 1),
            });
        }

        return array;
    }

    /// <summary><c>&lt;dependency ref&gt;&lt;dependency ref/&gt;…</c> becomes <c>{ref, dependsOn, provides}</c>.</summary>
    private JsonObject Dependency(XElement element)
    {
        var json = new JsonObject { ["ref"] = (string?)element.Attribute("ref") };
        var dependsOn = element.Elements(ns + "dependency").Select(d => (JsonNode?)JsonValue.Create((string?)d.Attribute("ref"))).ToArray();
        if (dependsOn.Length > 0)
        {
            json["dependsOn"] = new JsonArray(dependsOn);
        }

        var provides = element.Elements(ns + "provides").Select(d => (JsonNode?)JsonValue.Create((string?)d.Attribute("ref"))).ToArray();
        if (provides.Length > 0)
        {
            json["provides"] = new JsonArray(provides);
        }

        return json;
    }

    /// <summary>Text for a plain element, an object otherwise; a <c>&lt;license&gt;</c> or <c>&lt;expression&gt;</c> item is wrapped as in JSON.</summary>
    private JsonNode? Value(XElement element, int depth)
    {
        if (depth > maxDepth)
        {
            TooDeep ??= element;
            return null;
        }

        if (element.Parent?.Name.LocalName == "licenses")
        {
            return element.Name.LocalName == "expression"
                ? new JsonObject { ["expression"] = element.Value.Trim() }
                : new JsonObject { ["license"] = Object(element, depth + 1) };
        }

        return !element.HasElements && !element.Attributes().Any(a => !a.IsNamespaceDeclaration)
            ? JsonValue.Create(element.Value.Trim())
            : Object(element, depth);
    }
}
