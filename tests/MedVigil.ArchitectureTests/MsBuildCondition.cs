using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MedVigil.ArchitectureTests;

/// <summary>
/// Just enough of MSBuild's evaluation to answer "does this project get that item from Directory.Build.props":
/// properties, <c>$(Name)</c>, <c>$(Name.EndsWith('x'))</c>, <c>'a' == 'b'</c>, <c>'a' != 'b'</c> and <c>And</c>.
/// Anything else throws, so a smarter condition makes the test ask to be extended instead of guessing.
/// </summary>
internal static partial class MsBuildCondition
{
    public static bool Evaluate(string? condition, IReadOnlyDictionary<string, string> properties)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        var expanded = Expand(condition, properties);
        if (expanded.Contains('(', StringComparison.Ordinal) || OrPattern().IsMatch(expanded))
        {
            throw new NotSupportedException($"Condition \"{condition}\" is beyond this test's evaluator; extend MsBuildCondition.");
        }

        return AndPattern().Split(expanded).All(clause => Clause(clause.Trim(), condition));
    }

    /// <summary>The properties a project sees: Directory.Build.props first, then the project file, as MSBuild's first pass.</summary>
    public static Dictionary<string, string> Properties(string projectName, params XDocument[] documents)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["MSBuildProjectName"] = projectName };
        foreach (var group in documents.SelectMany(d => d.Root!.Elements().Where(e => e.Name.LocalName == "PropertyGroup")))
        {
            if (!Evaluate(group.Attribute("Condition")?.Value, properties))
            {
                continue;
            }

            foreach (var property in group.Elements().Where(p => Evaluate(p.Attribute("Condition")?.Value, properties)))
            {
                properties[property.Name.LocalName] = Expand(property.Value, properties);
            }
        }

        return properties;
    }

    /// <summary>The Include values of the items of one type a project gets from <paramref name="document"/>.</summary>
    public static IReadOnlyList<string> Items(XDocument document, string itemType, IReadOnlyDictionary<string, string> properties) =>
    [
        .. from g in document.Root!.Elements()
           where g.Name.LocalName == "ItemGroup" && Evaluate(g.Attribute("Condition")?.Value, properties)
           from item in g.Elements()
           where item.Name.LocalName == itemType && Evaluate(item.Attribute("Condition")?.Value, properties)
           select item.Attribute("Include")?.Value ?? string.Empty,
    ];

    private static string Expand(string text, IReadOnlyDictionary<string, string> properties)
    {
        var withFunctions = EndsWithPattern().Replace(text, m =>
            Value(m.Groups["name"].Value).EndsWith(m.Groups["suffix"].Value, StringComparison.Ordinal) ? "true" : "false");
        return PropertyPattern().Replace(withFunctions, m => Value(m.Groups["name"].Value));

        string Value(string name) => properties.TryGetValue(name, out var value) ? value : string.Empty;
    }

    private static bool Clause(string clause, string condition)
    {
        if (clause is "true" or "'true'")
        {
            return true;
        }

        if (clause is "false" or "'false'")
        {
            return false;
        }

        var match = ComparisonPattern().Match(clause);
        if (!match.Success)
        {
            throw new NotSupportedException($"Condition \"{condition}\" is beyond this test's evaluator; extend MsBuildCondition.");
        }

        // MSBuild compares strings case-insensitively.
        var equal = string.Equals(match.Groups["left"].Value, match.Groups["right"].Value, StringComparison.OrdinalIgnoreCase);
        return match.Groups["op"].Value == "==" ? equal : !equal;
    }

    [GeneratedRegex(@"\$\((?<name>\w+)\.EndsWith\('(?<suffix>[^']*)'\)\)", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithPattern();

    [GeneratedRegex(@"\$\((?<name>\w+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyPattern();

    [GeneratedRegex(@"\s+and\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AndPattern();

    [GeneratedRegex(@"\s+or\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrPattern();

    [GeneratedRegex(@"\A'(?<left>[^']*)'\s*(?<op>==|!=)\s*'(?<right>[^']*)'\z", RegexOptions.CultureInvariant)]
    private static partial Regex ComparisonPattern();
}
