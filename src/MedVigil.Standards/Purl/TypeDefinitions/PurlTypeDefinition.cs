using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Purl;

/// <summary>
/// One registered PURL type, as its official purl-spec definition (<c>types/&lt;type&gt;-definition.json</c>) states it.
/// The definitions are compiled into this library (<see cref="All"/>); a test compares them with the official files.
/// </summary>
public sealed class PurlTypeDefinition
{
    private static readonly FrozenDictionary<string, PurlTypeDefinition> ByType =
        PurlTypeTable.All.ToFrozenDictionary(d => d.Type, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, PurlTypeDefinition>.AlternateLookup<ReadOnlySpan<char>> ByTypeSpan =
        ByType.GetAlternateLookup<ReadOnlySpan<char>>();

    internal PurlTypeDefinition(
        string type,
        PurlComponentDefinition @namespace,
        PurlComponentDefinition name,
        PurlComponentDefinition version,
        PurlComponentDefinition subpath,
        PurlQualifierDefinition[] qualifiers,
        PurlTypeRuleSource[] ruleSources)
    {
        Type = type;
        Namespace = @namespace;
        Name = name;
        Version = version;
        Subpath = subpath;
        Qualifiers = qualifiers;
        ProseRules = ruleSources;
        Rules = ruleSources.Aggregate(PurlTypeRule.None, (all, source) => all | source.Rule);
        RequiredQualifiers = [.. qualifiers.Where(q => q.Requirement == PurlRequirement.Required).Select(q => q.Key)];
    }

    /// <summary>Every registered type, in the order of the official type index.</summary>
    public static IReadOnlyList<PurlTypeDefinition> All => PurlTypeTable.All;

    /// <summary>The lowercase type, e.g. <c>maven</c>.</summary>
    public string Type { get; }

    /// <summary>Rules for the namespace.</summary>
    public PurlComponentDefinition Namespace { get; }

    /// <summary>Rules for the name (always required).</summary>
    public PurlComponentDefinition Name { get; }

    /// <summary>Rules for the version.</summary>
    public PurlComponentDefinition Version { get; }

    /// <summary>Rules for the subpath.</summary>
    public PurlComponentDefinition Subpath { get; }

    /// <summary>The qualifier keys the definition names. Other keys are allowed too.</summary>
    public IReadOnlyList<PurlQualifierDefinition> Qualifiers { get; }

    internal PurlTypeRule Rules { get; }

    /// <summary>The behaviour this library applies because the definition asks for it in prose, with the sentence.</summary>
    public IReadOnlyList<PurlTypeRuleSource> ProseRules { get; }

    internal string[] RequiredQualifiers { get; }

    /// <summary>Finds the definition of a lowercase type; false for a type that is not registered.</summary>
    public static bool TryGet(string type, [NotNullWhen(true)] out PurlTypeDefinition? definition) =>
        ByType.TryGetValue(type, out definition);

    internal static bool TryGet(ReadOnlySpan<char> type, [NotNullWhen(true)] out PurlTypeDefinition? definition) =>
        ByTypeSpan.TryGetValue(type, out definition);

    internal bool Has(PurlTypeRule rule) => (Rules & rule) != 0;

    /// <inheritdoc />
    public override string ToString() => Type;
}
