using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedVigil.Formats.Schemas;

/// <summary>
/// Makes a referenced schema loadable as it is referenced. FIRST's CVSS v2.0 and v3.0 schemas (referenced by CSAF 2.0)
/// are draft-04, which JsonSchema.Net does not read: the only draft-04 features they use that later drafts spell
/// differently are <c>id</c> (now <c>$id</c>) and the <c>$schema</c> URI, so both are renamed and nothing else changes.
/// Their ids also carry a date query (<c>…/cvss-v3.1.json?20211103</c>) that references omit; the registry matches
/// URIs exactly, so the query is dropped.
/// </summary>
public static class ReferencedSchemaText
{
    private const string Draft04 = "http://json-schema.org/draft-04/schema";

    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    /// <summary>The schema text ready to register, unchanged when there is nothing to upgrade.</summary>
    /// <exception cref="JsonException">The text is not a JSON object.</exception>
    public static string Upgrade(string schemaText)
    {
        if (JsonNode.Parse(schemaText) is not JsonObject schema)
        {
            throw new JsonException("A schema file must hold a JSON object.");
        }

        var draft04 = schema["$schema"] is JsonValue declared && declared.ToString().StartsWith(Draft04, StringComparison.Ordinal);
        var idName = draft04 && !schema.ContainsKey("$id") ? "id" : "$id";
        var id = schema[idName] is JsonValue value ? value.ToString() : null;
        if (!draft04 && id?.Contains('?', StringComparison.Ordinal) != true)
        {
            return schemaText;
        }

        // Rebuilt in the original order: the library reads "$id" where it stands, before the subschemas after it.
        var upgraded = new JsonObject();
        foreach (var (name, node) in schema)
        {
            var copy = node?.DeepClone();
            switch (name)
            {
                case "$schema" when draft04:
                    upgraded["$schema"] = Draft07;
                    break;
                case var _ when name == idName && id is not null:
                    upgraded["$id"] = id.Split('?')[0];
                    break;
                default:
                    upgraded[name] = copy;
                    break;
            }
        }

        return upgraded.ToJsonString();
    }
}
