using System.Text.Json;
using MedVigil.Standards.Purl;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Purl;

/// <summary>
/// The type table compiled into MedVigil.Standards must say what the official definitions (shared data
/// <c>purl/types/*-definition.json</c>) say, so that a changed or added definition fails here instead of drifting.
/// </summary>
public sealed class PurlTypeTableTests
{
    // Normalisation rules in the definitions that no PurlTypeRule implements, and why. Every rule text in every
    // definition must be implemented (a prose rule or case-insensitivity) or listed here.
    private static readonly Dictionary<string, string> RulesNotApplied = new()
    {
        ["normalize version as specified in vercmp(8) at https://man.archlinux.org/man/vercmp.8#DESCRIPTION as part of alpm."] =
            "vercmp defines how alpm versions compare, not a rewrite of the string; a PURL keeps the version opaque",
        ["Apply kebab-case"] =
            "hackage names are case-sensitive and already kebab-case ('AC-HalfInteger'); rewriting them would change valid names",
        ["Replace dot . with underscore _ when used in distribution (sdist, wheel) names"] =
            "applies to distribution file names (the file_name qualifier), not to the package name",
    };

    [Fact]
    public void TheTableListsTheRegisteredTypesInIndexOrder()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(SharedData.Path("purl", "purl-types-index.json")));

        PurlTypeDefinition.All.Select(d => d.Type).ShouldBe(index.RootElement.EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void EachTypeMatchesItsOfficialDefinition()
    {
        var differences = new List<string>();
        foreach (var definition in PurlTypeDefinition.All)
        {
            using var json = Load(definition.Type);
            var official = Describe(json.RootElement);
            var compiled = Describe(definition);
            if (official != compiled)
            {
                differences.Add($"{definition.Type}:\n  official: {official}\n  compiled: {compiled}");
            }
        }

        differences.ShouldBeEmpty(string.Join("\n", differences));
    }

    [Fact]
    public void EachProseRuleStillHasItsSentenceInTheDefinition()
    {
        var missing = new List<string>();
        foreach (var definition in PurlTypeDefinition.All)
        {
            using var json = Load(definition.Type);
            foreach (var source in definition.ProseRules)
            {
                if (!FieldText(json.RootElement, source.Field).Contains(source.Sentence, StringComparison.Ordinal))
                {
                    missing.Add($"{definition.Type} {source.Rule}: '{source.Sentence}' is no longer in {source.Field}");
                }
            }
        }

        missing.ShouldBeEmpty(string.Join("\n", missing));
    }

    [Fact]
    public void EveryNormalisationRuleIsAppliedOrListedWithAReason()
    {
        var applied = PurlTypeDefinition.All.SelectMany(d => d.ProseRules).Select(s => s.Sentence).ToHashSet();
        var unaccounted = PurlTypeDefinition.All
            .SelectMany(d => new[] { d.Namespace, d.Name, d.Version, d.Subpath }.SelectMany(c => c.NormalizationRules
                .Where(rule => !applied.Contains(rule) && !RulesNotApplied.ContainsKey(rule) && !(IsLowercasing(rule) && !c.IsCaseSensitive))
                .Select(rule => $"{d.Type}: {rule}")))
            .ToList();

        unaccounted.ShouldBeEmpty(string.Join("\n", unaccounted));
        RulesNotApplied.Keys.ShouldAllBe(rule => PurlTypeDefinition.All.Any(d =>
            d.Name.NormalizationRules.Contains(rule) || d.Version.NormalizationRules.Contains(rule)));
    }

    private static bool IsLowercasing(string rule) => rule.Contains("shall be lowercased", StringComparison.Ordinal);

    private static JsonDocument Load(string type) =>
        JsonDocument.Parse(File.ReadAllText(SharedData.Path("purl", "types", $"{type}-definition.json")));

    private static string FieldText(JsonElement root, string path)
    {
        var element = root;
        foreach (var part in path.Split('.'))
        {
            if (!element.TryGetProperty(part, out element))
            {
                return "";
            }
        }

        return element.ValueKind == JsonValueKind.Array
            ? string.Join("\n", element.EnumerateArray().Select(e => e.GetString()))
            : element.GetString() ?? "";
    }

    private static string Describe(JsonElement json)
    {
        string Component(string property, string defaultRequirement)
        {
            if (!json.TryGetProperty(property, out var c))
            {
                return Format(defaultRequirement, true, null, []);
            }

            return Format(
                c.TryGetProperty("requirement", out var r) ? r.GetString()! : defaultRequirement,
                !c.TryGetProperty("case_sensitive", out var s) || s.GetBoolean(),
                c.TryGetProperty("permitted_characters", out var p) ? p.GetString() : null,
                c.TryGetProperty("normalization_rules", out var n) ? [.. n.EnumerateArray().Select(x => x.GetString()!)] : []);
        }

        var qualifiers = json.TryGetProperty("qualifiers_definition", out var q)
            ? q.EnumerateArray().Select(x => FormatQualifier(
                x.GetProperty("key").GetString()!,
                x.TryGetProperty("requirement", out var r) ? r.GetString()! : "optional",
                x.TryGetProperty("default_value", out var d) ? d.GetString() : null))
            : [];
        return $"{json.GetProperty("type").GetString()} | namespace {Component("namespace_definition", "optional")} "
            + $"| name {Component("name_definition", "required")} | version {Component("version_definition", "optional")} "
            + $"| subpath {Component("subpath_definition", "optional")} | qualifiers {string.Join(", ", qualifiers)}";
    }

    private static string Describe(PurlTypeDefinition d)
    {
        static string Component(PurlComponentDefinition c) =>
            Format(c.Requirement.ToString(), c.IsCaseSensitive, c.PermittedCharacters, [.. c.NormalizationRules]);

        var qualifiers = d.Qualifiers.Select(q => FormatQualifier(q.Key, q.Requirement.ToString(), q.DefaultValue));
        return $"{d.Type} | namespace {Component(d.Namespace)} | name {Component(d.Name)} | version {Component(d.Version)} "
            + $"| subpath {Component(d.Subpath)} | qualifiers {string.Join(", ", qualifiers)}";
    }

    private static string Format(string requirement, bool caseSensitive, string? permitted, string[] rules) =>
        $"({requirement.ToLowerInvariant()}, {(caseSensitive ? "case-sensitive" : "lowercase")}, "
        + $"permitted {permitted ?? "any"}, rules [{string.Join("; ", rules)}])";

    private static string FormatQualifier(string key, string requirement, string? defaultValue) =>
        $"{key} ({requirement.ToLowerInvariant()}{(defaultValue is null ? "" : $", default {defaultValue}")})";
}
