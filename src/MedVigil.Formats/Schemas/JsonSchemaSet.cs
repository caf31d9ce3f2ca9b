using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Json.Schema;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Schemas;

/// <summary>
/// A root JSON Schema and the schemas it references, loaded from files into their own registry, for the strict mode
/// of the readers. Loading is slow (hundreds of milliseconds for the CycloneDX schemas), so sets are cached by path;
/// a loaded set is immutable and can validate from several threads.
/// </summary>
public sealed class JsonSchemaSet
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchemaSet>> Cache = new(StringComparer.Ordinal);

    private static readonly EvaluationOptions AssertingFormats = new()
    {
        // Hierarchical, so errors under a passing node (a failing branch inside "not", a passing "anyOf") can be left out.
        OutputFormat = OutputFormat.Hierarchical,
        // The official suites expect "format" to be checked (date-time, idn-email…), as their reference validators do.
        RequireFormatValidation = true,
    };

    private readonly JsonSchema root;

    private readonly BuildOptions options;

    // Draft-07 and later treat "format" as an annotation unless asked; NVD's own timestamps have no offset, which its
    // schema's "date-time" would refuse if it were asserted.
    private static readonly EvaluationOptions AnnotatingFormats = new() { OutputFormat = OutputFormat.Hierarchical };

    private readonly ConcurrentDictionary<string, JsonSchema> definitions;

    private readonly EvaluationOptions evaluation;

    private JsonSchemaSet(JsonSchema root, BuildOptions options, string rootPath, ConcurrentDictionary<string, JsonSchema>? definitions = null, EvaluationOptions? evaluation = null)
    {
        this.root = root;
        this.options = options;
        this.definitions = definitions ?? new(StringComparer.Ordinal);
        this.evaluation = evaluation ?? AssertingFormats;
        RootPath = rootPath;
    }

    /// <summary>The same schemas with <c>format</c> as an annotation only, as the drafts have it by default.</summary>
    public JsonSchemaSet WithoutFormatAssertion() => new(root, options, RootPath, definitions, AnnotatingFormats);

    /// <summary>The file of the root schema.</summary>
    public string RootPath { get; }

    /// <summary>
    /// Loads (or takes from the cache) the schema at <paramref name="rootSchemaPath"/>; the schemas it references by
    /// <c>$ref</c> must be among <paramref name="referencedSchemaPaths"/>, each registered under its own <c>$id</c>.
    /// </summary>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="JsonException">A file is not a usable schema.</exception>
    public static JsonSchemaSet Load(string rootSchemaPath, params IReadOnlyList<string> referencedSchemaPaths)
    {
        ArgumentNullException.ThrowIfNull(rootSchemaPath);
        ArgumentNullException.ThrowIfNull(referencedSchemaPaths);
        var key = string.Join('|', [Path.GetFullPath(rootSchemaPath), .. referencedSchemaPaths.Select(Path.GetFullPath)]);
        var lazy = Cache.GetOrAdd(key, _ => new Lazy<JsonSchemaSet>(() => Build(rootSchemaPath, referencedSchemaPaths)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A failed load is not cached: the files may be fixed and loaded again.
            Cache.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>
    /// Every schema violation in <paramref name="instance"/>: code <c>schema</c>, located by JSON pointer. With
    /// <paramref name="definition"/> (a JSON pointer into the root schema, e.g. <c>/definitions/def_cve_item</c>) the
    /// instance is checked against that part only: NVD publishes one schema for a page, and a file may hold one record.
    /// </summary>
    public IReadOnlyList<FormatIssue> Validate(JsonElement instance, string? definition = null)
    {
        var schema = definition is null ? root : definitions.GetOrAdd(definition, pointer => JsonSchema.FromText(
            JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = root.BaseUri.GetLeftPart(UriPartial.Query) + "#" + pointer }), options));
        var results = schema.Evaluate(instance, evaluation);
        if (results.IsValid)
        {
            return [];
        }

        var issues = new List<FormatIssue>();
        Collect(results, issues);
        return issues;
    }

    /// <summary>The errors of a failing node and of its failing descendants; a passing node's subtree is not a violation.</summary>
    private static void Collect(EvaluationResults node, List<FormatIssue> issues)
    {
        if (node.IsValid)
        {
            return;
        }

        var before = issues.Count;
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            // A member that "additionalProperties": false refuses fails a false schema, which the library words obscurely.
            var text = keyword.Length == 0 && node.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal)
                ? "this member is not allowed here"
                : message;
            issues.Add(new FormatIssue(node.InstanceLocation.ToString(), "schema", string.Create(CultureInfo.InvariantCulture,
                $"Schema ({keyword} at {node.EvaluationPath}): {text}")));
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, issues);
        }

        // A node can fail without a message of its own or below (a "not" whose subschema matched): name the node.
        if (issues.Count == before)
        {
            issues.Add(new FormatIssue(node.InstanceLocation.ToString(), "schema", string.Create(CultureInfo.InvariantCulture,
                $"Schema (at {node.EvaluationPath}): the value does not satisfy this part of the schema.")));
        }
    }

    private static JsonSchemaSet Build(string rootSchemaPath, IReadOnlyList<string> referencedSchemaPaths)
    {
        // Each set gets its own registry: the CycloneDX versions share $ids (spdx.schema.json) that must not clash.
        var rootText = File.ReadAllText(rootSchemaPath);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = DialectOf(rootText) };
        var referenced = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var path in referencedSchemaPaths)
        {
            // Building registers the schema under its $id, so the root can resolve its references while it is built.
            referenced[Path.GetFileName(path)] = FromFile(path, options, ReferencedSchemaText.Upgrade);
        }

        RegisterWhereTheRootLooks(rootText, new Uri(Path.GetFullPath(rootSchemaPath)), referenced, options.SchemaRegistry);
        return new JsonSchemaSet(FromFile(rootSchemaPath, options, text => text), options, rootSchemaPath);
    }

    // A root may reference a copy by another address than its $id (NVD's "//csrc.nist.gov/…/external/cvss-v3.1.json" is
    // FIRST's schema): a reference whose file name is a referenced file's is registered under the address it uses.
    private static void RegisterWhereTheRootLooks(string rootText, Uri rootUri, Dictionary<string, JsonSchema> referenced, SchemaRegistry registry)
    {
        using var document = JsonDocument.Parse(rootText);
        var addresses = new HashSet<Uri>();
        CollectReferences(document.RootElement, rootUri, addresses);
        foreach (var address in addresses)
        {
            var name = Path.GetFileName(address.AbsolutePath);
            if (!referenced.TryGetValue(name, out var schema))
            {
                // Found now rather than as an unresolved reference in the middle of a validation.
                throw new JsonException($"{rootUri.LocalPath} references {address}: put {name} under the schema folder.");
            }

            if (schema.BaseUri != address)
            {
                registry.Register(address, schema);
            }
        }
    }

    private static void CollectReferences(JsonElement node, Uri baseUri, HashSet<Uri> addresses)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in node.EnumerateObject())
                {
                    // The fragment is cut by hand: against a file URI, .NET would keep '#' as part of the path.
                    if (member.Name == "$ref" && member.Value.GetString()?.Split('#')[0] is { Length: > 0 } document
                        && Uri.TryCreate(baseUri, document, out var target))
                    {
                        addresses.Add(target);
                    }

                    CollectReferences(member.Value, baseUri, addresses);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    CollectReferences(item, baseUri, addresses);
                }

                break;
        }
    }

    // The base URI is the absolute file path (a relative one is not a URI); the library's own errors become JsonException.
    private static JsonSchema FromFile(string path, BuildOptions options, Func<string, string> prepare)
    {
        var fullPath = Path.GetFullPath(path);
        try
        {
            return JsonSchema.FromText(prepare(File.ReadAllText(fullPath)), options, new Uri(fullPath));
        }
        catch (JsonSchemaException e)
        {
            throw new JsonException($"{fullPath}: {e.Message}", e);
        }
    }

    // The draft the root declares, whose dialect allows unknown keywords (SPDX 2.3's schema uses a "license" keyword);
    // the library's default dialect refuses them.
    private static Dialect DialectOf(string schemaText)
    {
        using var document = System.Text.Json.JsonDocument.Parse(schemaText);
        var declared = document.RootElement.TryGetProperty("$schema", out var value) ? value.GetString() ?? "" : "";
        return declared switch
        {
            _ when declared.Contains("draft-06", StringComparison.Ordinal) => Dialect.Draft06,
            _ when declared.Contains("draft-07", StringComparison.Ordinal) => Dialect.Draft07,
            _ when declared.Contains("2019-09", StringComparison.Ordinal) => Dialect.Draft201909,
            _ => Dialect.Draft202012,
        };
    }
}
