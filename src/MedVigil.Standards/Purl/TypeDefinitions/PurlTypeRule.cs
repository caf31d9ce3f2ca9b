namespace MedVigil.Standards.Purl;

/// <summary>
/// Type-specific behaviour that a definition states in prose (a normalisation rule or a note) rather than in a structured
/// field. Each one is tied, in the type table, to the sentence that asks for it, and a test checks that sentence is still
/// in the official definition.
/// </summary>
[Flags]
public enum PurlTypeRule
{
    /// <summary>No prose rule.</summary>
    None = 0,

    /// <summary>pypi: "Replace underscore _ with dash -" in the name.</summary>
    NameUnderscoreToDash = 1 << 0,

    /// <summary>pub: letters other than a-z and digits other than 0-9 in the name become '_'.</summary>
    NameForeignLettersAndDigitsToUnderscore = 1 << 1,

    /// <summary>git: the namespace is the host (one segment) and the name is the repository path on it, which may hold '/'.</summary>
    NameIsRepositoryPath = 1 << 2,

    /// <summary>cpan: a distribution name never contains "::" (that is a module name).</summary>
    NameWithoutDoubleColon = 1 << 3,

    /// <summary>cpan: the namespace, a CPAN author id, is uppercase.</summary>
    NamespaceUppercase = 1 << 4,

    /// <summary>cocoapods: a pod name has no whitespace or '+' and does not begin with '.'.</summary>
    PodNameCharacters = 1 << 5,

    /// <summary>mlflow: model names on a Databricks tracking server are case-insensitive, so they are lowercased.</summary>
    DatabricksNameLowercase = 1 << 6,

    /// <summary>swid: the namespace has at most two segments (creator name, then regid).</summary>
    NamespaceAtMostTwoSegments = 1 << 7,
}

/// <summary>Where a <see cref="PurlTypeRule"/> comes from: the definition field and the sentence in it.</summary>
/// <param name="Rule">The behaviour.</param>
/// <param name="Field">The JSON path in the definition, e.g. <c>name_definition.note</c>.</param>
/// <param name="Sentence">Text the field must still contain for the rule to stand.</param>
public sealed record PurlTypeRuleSource(PurlTypeRule Rule, string Field, string Sentence);
