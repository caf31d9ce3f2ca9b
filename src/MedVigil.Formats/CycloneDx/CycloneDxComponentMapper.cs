using System.Text.Json;

namespace MedVigil.Formats.CycloneDx;

/// <summary>Maps <c>component</c> objects (and the organizations, hashes and licenses in them) to the read model.</summary>
internal sealed class CycloneDxComponentMapper(CycloneDxJsonWalker walker)
{
    /// <summary>Flattens the components under <paramref name="parent"/>'s <c>components</c> into <paramref name="into"/>, parents first.</summary>
    public void AddAll(JsonElement parent, string at, IReadOnlyList<string> ancestors, List<CycloneDxComponent> into)
    {
        foreach (var (item, where) in walker.Objects(parent, "components", at))
        {
            var component = Map(item, where, ancestors);
            if (component is not null)
            {
                into.Add(component);
            }

            AddAll(item, where, [.. ancestors, walker.String(item, "bom-ref", where) ?? ""], into);
        }
    }

    /// <summary>One component, or null (and an issue) when it has no name.</summary>
    public CycloneDxComponent? Map(JsonElement item, string at, IReadOnlyList<string> ancestors)
    {
        var name = walker.String(item, "name", at);
        if (name is null)
        {
            // A name of the wrong type has its issue already.
            if (!CycloneDxJsonWalker.TryGet(item, "name", out _))
            {
                walker.Error(at, "required", "A component must have a 'name'.");
            }

            return null;
        }

        var bomRef = walker.String(item, "bom-ref", at);
        return new CycloneDxComponent(
            bomRef,
            walker.String(item, "type", at),
            walker.String(item, "group", at),
            name,
            walker.String(item, "version", at),
            walker.String(item, "purl", at),
            walker.String(item, "cpe", at),
            Hashes(item, at),
            Licenses(item, at),
            Organization(item, "supplier", at),
            Organization(item, "manufacturer", at),
            Properties(item, at),
            ExternalReferences(item, at),
            [.. ancestors, bomRef ?? ""],
            at);
    }

    public CycloneDxOrganization? Organization(JsonElement parent, string name, string at)
    {
        if (walker.Object(parent, name, at) is not { } entity)
        {
            return null;
        }

        var where = CycloneDxJsonWalker.Pointer(at, name);
        return new CycloneDxOrganization(walker.String(entity, "name", where), walker.Strings(entity, "url", where));
    }

    private List<CycloneDxHash> Hashes(JsonElement item, string at)
    {
        var hashes = new List<CycloneDxHash>();
        foreach (var (hash, where) in walker.Objects(item, "hashes", at))
        {
            var alg = walker.String(hash, "alg", where);
            var content = walker.String(hash, "content", where);
            if (alg is null || content is null)
            {
                walker.Error(where, "required", "A hash must have 'alg' and 'content'.");
                continue;
            }

            hashes.Add(new CycloneDxHash(alg, content));
        }

        return hashes;
    }

    /// <summary>License ids, names or expressions: <c>[{license: {id|name}}, {expression}]</c>.</summary>
    private List<string> Licenses(JsonElement item, string at)
    {
        var licenses = new List<string>();
        foreach (var (choice, where) in walker.Objects(item, "licenses", at))
        {
            var text = walker.Object(choice, "license", where) is { } license
                ? walker.String(license, "id", where + "/license") ?? walker.String(license, "name", where + "/license")
                : walker.String(choice, "expression", where);
            if (text is not null)
            {
                licenses.Add(text);
            }
        }

        return licenses;
    }

    private List<CycloneDxProperty> Properties(JsonElement item, string at) =>
    [
        .. walker.Objects(item, "properties", at)
            .Select(p => (Name: walker.String(p.Item, "name", p.At), Value: walker.String(p.Item, "value", p.At)))
            .Where(p => p.Name is not null)
            .Select(p => new CycloneDxProperty(p.Name!, p.Value)),
    ];

    private List<CycloneDxExternalReference> ExternalReferences(JsonElement item, string at) =>
    [
        .. walker.Objects(item, "externalReferences", at)
            .Select(r => (Type: walker.String(r.Item, "type", r.At), Url: walker.String(r.Item, "url", r.At)))
            .Where(r => r.Type is not null && r.Url is not null)
            .Select(r => new CycloneDxExternalReference(r.Type!, r.Url!)),
    ];
}
