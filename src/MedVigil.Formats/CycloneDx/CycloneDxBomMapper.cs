using System.Text.Json;

namespace MedVigil.Formats.CycloneDx;

/// <summary>
/// Maps the JSON tree of a BOM (a JSON document, or an XML one converted by <see cref="CycloneDxXmlConverter"/>)
/// to <see cref="CycloneDxBom"/>, checking the header. The reference checks are <see cref="CycloneDxReferenceChecks"/>.
/// </summary>
internal sealed class CycloneDxBomMapper(CycloneDxJsonWalker walker)
{
    /// <summary>The versions this reader understands.</summary>
    public static readonly IReadOnlySet<string> SupportedVersions = new HashSet<string>(["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"], StringComparer.Ordinal);

    private readonly CycloneDxComponentMapper components = new(walker);

    /// <summary>The BOM, or null when the header is unusable (with issues saying why).</summary>
    public CycloneDxBom? Map(JsonElement root, CycloneDxSyntax syntax)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            walker.Error("", "type", "A CycloneDX BOM must be a JSON object, not " + CycloneDxJsonWalker.Kind(root) + ".");
            return null;
        }

        var format = walker.String(root, "bomFormat", "");
        if (!string.Equals(format, "CycloneDX", StringComparison.Ordinal))
        {
            walker.Error("/bomFormat", "bom-format", $"'bomFormat' must be \"CycloneDX\", not {(format is null ? "absent" : "\"" + format + "\"")}.");
        }

        var specVersion = walker.String(root, "specVersion", "");
        if (specVersion is null || !SupportedVersions.Contains(specVersion))
        {
            walker.Error("/specVersion", "spec-version", $"'specVersion' must be one of 1.2 to 1.7, not {(specVersion is null ? "absent" : "\"" + specVersion + "\"")}.");
            return null;
        }

        var version = walker.Number(root, "version", "");
        if (version is { } v && (v < 1 || v != Math.Floor(v) || v > int.MaxValue))
        {
            walker.Error("/version", "type", "'version' must be an integer of at least 1.");
        }

        var flat = new List<CycloneDxComponent>();
        // Components nested in the described product belong to the BOM as much as the top-level ones.
        if (CycloneDxJsonWalker.TryGet(root, "metadata", out var metadata) && CycloneDxJsonWalker.TryGet(metadata, "component", out var product)
            && product.ValueKind == JsonValueKind.Object)
        {
            components.AddAll(product, "/metadata/component", [walker.String(product, "bom-ref", "/metadata/component") ?? ""], flat);
        }

        components.AddAll(root, "", [], flat);
        return new CycloneDxBom(
            specVersion,
            walker.String(root, "serialNumber", ""),
            version is { } n && n >= 1 && n <= int.MaxValue ? (int)n : 1,
            syntax,
            Metadata(root),
            flat,
            Dependencies(root),
            new CycloneDxVulnerabilityMapper(walker).MapAll(root));
    }

    private CycloneDxMetadata? Metadata(JsonElement root)
    {
        if (walker.Object(root, "metadata", "") is not { } metadata)
        {
            return null;
        }

        const string at = "/metadata";
        var lifecycles = walker.Objects(metadata, "lifecycles", at)
            .Select(l => walker.String(l.Item, "phase", l.At) ?? walker.String(l.Item, "name", l.At))
            .OfType<string>()
            .ToList();
        var component = walker.Object(metadata, "component", at) is { } c ? components.Map(c, at + "/component", []) : null;
        return new CycloneDxMetadata(
            walker.String(metadata, "timestamp", at),
            lifecycles,
            Tools(metadata, at),
            component,
            components.Organization(metadata, "manufacturer", at) ?? components.Organization(metadata, "manufacture", at),
            components.Organization(metadata, "supplier", at));
    }

    /// <summary>Tools: the legacy array of tools (1.2–1.4), or the 1.5+ object of components and services.</summary>
    private List<CycloneDxTool> Tools(JsonElement metadata, string at)
    {
        if (!CycloneDxJsonWalker.TryGet(metadata, "tools", out var tools))
        {
            return [];
        }

        if (tools.ValueKind == JsonValueKind.Array)
        {
            return [.. walker.Objects(metadata, "tools", at).Select(t => new CycloneDxTool(walker.String(t.Item, "vendor", t.At), walker.String(t.Item, "name", t.At), walker.String(t.Item, "version", t.At)))];
        }

        var where = at + "/tools";
        var list = new List<CycloneDxTool>();
        foreach (var kind in (string[])["components", "services"])
        {
            foreach (var (tool, toolAt) in walker.Objects(tools, kind, where))
            {
                var vendor = components.Organization(tool, "manufacturer", toolAt)?.Name
                    ?? components.Organization(tool, "supplier", toolAt)?.Name
                    ?? components.Organization(tool, "provider", toolAt)?.Name
                    ?? walker.String(tool, "group", toolAt);
                list.Add(new CycloneDxTool(vendor, walker.String(tool, "name", toolAt), walker.String(tool, "version", toolAt)));
            }
        }

        return list;
    }

    private List<CycloneDxDependency> Dependencies(JsonElement root)
    {
        var list = new List<CycloneDxDependency>();
        foreach (var (item, at) in walker.Objects(root, "dependencies", ""))
        {
            var reference = walker.String(item, "ref", at);
            if (reference is null)
            {
                walker.Error(at, "required", "A dependency must have a 'ref'.");
                continue;
            }

            list.Add(new CycloneDxDependency(reference, walker.Strings(item, "dependsOn", at)));
        }

        return list;
    }
}
