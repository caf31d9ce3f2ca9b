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

    private static readonly EvaluationOptions Evaluation = new()
    {
        // Hierarchical, so errors under a passing node (a failing branch inside "not", a passing "anyOf") can be left out.
        OutputFormat = OutputFormat.Hierarchical,
        // The official suites expect "format" to be checked (date-time, idn-email…), as their reference validators do.
        RequireFormatValidation = true,
    };

    private readonly JsonSchema root;

    private JsonSchemaSet(JsonSchema root, string rootPath)
    {
        this.root = root;
        RootPath = rootPath;
    }

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

    /// <summary>Every schema violation in <paramref name="instance"/>: code <c>schema</c>, located by JSON pointer.</summary>
    public IReadOnlyList<FormatIssue> Validate(JsonElement instance)
    {
        var results = root.Evaluate(instance, Evaluation);
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
            issues.Add(new FormatIssue(node.InstanceLocation.ToString(), "schema", string.Create(CultureInfo.InvariantCulture,
                $"Schema ({keyword} at {node.EvaluationPath}): {message}")));
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
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = DialectOf(File.ReadAllText(rootSchemaPath)) };
        foreach (var path in referencedSchemaPaths)
        {
            // Building registers the schema under its $id, so the root can resolve its references while it is built.
            FromFile(path, options, ReferencedSchemaText.Upgrade);
        }

        return new JsonSchemaSet(FromFile(rootSchemaPath, options, text => text), rootSchemaPath);
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
