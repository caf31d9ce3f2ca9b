namespace MedVigil.Standards.Purl;

/// <summary>Where each component started in a parsed string, so that type-rule errors can point at it.</summary>
internal readonly record struct PurlPositions(int? Namespace, int? Name, int? Version, int? Qualifiers, int? Subpath);

/// <summary>
/// The rules of a registered type that need a whole, decoded PURL: component requirements, permitted characters,
/// required qualifiers, and the prose rules of <see cref="PurlTypeRule"/>. Shared by parsing and building.
/// </summary>
internal static class PurlTypeChecks
{
    public static PurlError? Check(
        PurlTypeDefinition definition,
        string? @namespace,
        string name,
        string? version,
        PurlQualifiers qualifiers,
        string? subpath,
        PurlPositions at)
    {
        return Component(definition, PurlComponent.Namespace, definition.Namespace, @namespace, at.Namespace)
            ?? Component(definition, PurlComponent.Name, definition.Name, name, at.Name)
            ?? Component(definition, PurlComponent.Version, definition.Version, version, at.Version)
            ?? Component(definition, PurlComponent.Subpath, definition.Subpath, subpath, at.Subpath)
            ?? RequiredQualifiers(definition, qualifiers, at.Qualifiers)
            ?? ProseRules(definition, @namespace, name, at);
    }

    /// <summary>mlflow: a model on a Databricks tracking server has a case-insensitive name, so it is lowercased.</summary>
    public static string NormaliseName(PurlTypeDefinition? definition, string name, PurlQualifiers qualifiers)
    {
        if (definition is null || !definition.Has(PurlTypeRule.DatabricksNameLowercase)
            || !PurlCaseFolding.HasUppercase(name)
            || !IsDatabricks(qualifiers.GetValueOrDefault("repository_url")))
        {
            return name;
        }

        return string.Create(name.Length, name, static (span, n) =>
        {
            n.CopyTo(span);
            PurlCaseFolding.Lowercase(span);
        });
    }

    private static PurlError? Component(
        PurlTypeDefinition definition, PurlComponent component, PurlComponentDefinition rules, string? value, int? at)
    {
        // Messages are only built on failure: this runs on every parse.
        if (value is null)
        {
            return rules.Requirement != PurlRequirement.Required ? null : PurlError.At(PurlErrorKind.TypeRule, component, at,
                null, $"a '{definition.Type}' purl requires a {PurlSegments.Describe(component)}");
        }

        if (rules.Requirement == PurlRequirement.Prohibited)
        {
            return PurlError.At(PurlErrorKind.TypeRule, component, at, value,
                $"a '{definition.Type}' purl may not have a {PurlSegments.Describe(component)} ('{value}')");
        }

        return rules.Permits(value) ? null : PurlError.At(PurlErrorKind.TypeRule, component, at, value,
            $"the {PurlSegments.Describe(component)} '{value}' is not permitted for type '{definition.Type}' "
            + $"(pattern {rules.PermittedCharacters})");
    }

    private static PurlError? RequiredQualifiers(PurlTypeDefinition definition, PurlQualifiers qualifiers, int? at)
    {
        foreach (var key in definition.RequiredQualifiers)
        {
            if (!qualifiers.TryGetValue(key, out _))
            {
                return PurlError.At(PurlErrorKind.TypeRule, PurlComponent.Qualifiers, at, null,
                    $"a '{definition.Type}' purl requires the qualifier '{key}'");
            }
        }

        return null;
    }

    private static PurlError? ProseRules(PurlTypeDefinition definition, string? @namespace, string name, PurlPositions at)
    {
        if (definition.Rules == PurlTypeRule.None)
        {
            return null;
        }

        if (definition.Has(PurlTypeRule.NameWithoutDoubleColon) && name.Contains("::", StringComparison.Ordinal))
        {
            return PurlError.At(PurlErrorKind.TypeRule, PurlComponent.Name, at.Name, name,
                $"the name '{name}' holds '::': a '{definition.Type}' name is a distribution name, not a module name");
        }

        if (definition.Has(PurlTypeRule.PodNameCharacters)
            && (name.StartsWith('.') || name.Contains('+') || name.Any(char.IsWhiteSpace)))
        {
            return PurlError.At(PurlErrorKind.TypeRule, PurlComponent.Name, at.Name, name,
                $"the pod name '{name}' may not hold whitespace or '+', nor start with '.'");
        }

        if (definition.Has(PurlTypeRule.NamespaceAtMostTwoSegments) && @namespace?.Count(c => c == '/') > 1)
        {
            return PurlError.At(PurlErrorKind.TypeRule, PurlComponent.Namespace, at.Namespace, @namespace,
                $"a '{definition.Type}' namespace has at most two segments (creator name and regid), not '{@namespace}'");
        }

        return null;
    }

    private static bool IsDatabricks(string? url)
    {
        // The host of https://adb-1.2.azuredatabricks.net/api/2.0/mlflow, https://dbc-a-b.cloud.databricks.com/…
        var rest = url.AsSpan();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        rest = scheme < 0 ? rest : rest[(scheme + 3)..];
        var end = rest.IndexOfAny('/', '?', '#');
        var host = end < 0 ? rest : rest[..end];
        host = host[(host.LastIndexOf('@') + 1)..];
        var port = host.LastIndexOf(':');
        host = port < 0 ? host : host[..port];
        return host.EndsWith(".databricks.com", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".azuredatabricks.net", StringComparison.OrdinalIgnoreCase);
    }
}
