using System.Text.RegularExpressions;

namespace MedVigil.Standards.Purl;

/// <summary>What one PURL type's official definition says about one component (namespace, name, version or subpath).</summary>
public sealed class PurlComponentDefinition
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);
    private readonly Lazy<Regex>? _permitted;

    internal PurlComponentDefinition(
        PurlRequirement requirement, bool isCaseSensitive, string? permittedCharacters, string[] normalizationRules)
    {
        Requirement = requirement;
        IsCaseSensitive = isCaseSensitive;
        PermittedCharacters = permittedCharacters;
        NormalizationRules = normalizationRules;
        if (permittedCharacters is not null)
        {
            // The definitions write ECMA-262 patterns; ECMAScript mode keeps \d to ASCII digits as they mean.
            _permitted = new Lazy<Regex>(() => new Regex(
                permittedCharacters, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, PatternTimeout));
        }
    }

    /// <summary>Whether the component must, may or must not appear.</summary>
    public PurlRequirement Requirement { get; }

    /// <summary>False when the canonical form of the component is lowercased.</summary>
    public bool IsCaseSensitive { get; }

    /// <summary>The definition's "permitted_characters" pattern (ECMA-262), or null when it sets none.</summary>
    public string? PermittedCharacters { get; }

    /// <summary>The definition's free-text "normalization_rules", verbatim.</summary>
    public IReadOnlyList<string> NormalizationRules { get; }

    /// <summary>True when the decoded, normalised value matches <see cref="PermittedCharacters"/> (or there is no pattern).</summary>
    internal bool Permits(string value) => _permitted is null || _permitted.Value.IsMatch(value);
}
