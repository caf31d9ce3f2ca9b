namespace MedVigil.Formats.OpenVex;

/// <summary>An OpenVEX document: an author's statements on whether products are affected by vulnerabilities.</summary>
/// <param name="Context">The <c>@context</c> URL as written.</param>
/// <param name="SpecVersion"><c>0.2.0</c>, or <c>0.0.1</c> for the first namespace (<c>…/ns</c> or <c>…/ns/v0.0.1</c>).</param>
/// <param name="Timestamp">When the document was issued; null when missing (a warning).</param>
/// <param name="Version">The document version (1, 2…); null when missing (a warning).</param>
public sealed record OpenVexDocument(
    string Context,
    string SpecVersion,
    string Id,
    string Author,
    string? Role,
    DateTimeOffset? Timestamp,
    DateTimeOffset? LastUpdated,
    int? Version,
    string? Tooling,
    IReadOnlyList<OpenVexStatement> Statements);

/// <summary>One statement: the status of a vulnerability for some products.</summary>
/// <param name="Timestamp">The statement's own timestamp, else the document's (statements inherit it).</param>
/// <param name="Justification">Why a product is <see cref="OpenVexStatus.NotAffected"/> (or an impact statement).</param>
/// <param name="ActionStatement">What to do, required for <see cref="OpenVexStatus.Affected"/>.</param>
public sealed record OpenVexStatement(
    string? Id,
    int? Version,
    OpenVexVulnerability Vulnerability,
    DateTimeOffset? Timestamp,
    DateTimeOffset? LastUpdated,
    IReadOnlyList<OpenVexProduct> Products,
    OpenVexStatus Status,
    string? Supplier,
    string? StatusNotes,
    OpenVexJustification? Justification,
    string? ImpactStatement,
    string? ActionStatement,
    DateTimeOffset? ActionStatementTimestamp);

/// <summary>The vulnerability of a statement: its main name (e.g. <c>CVE-2023-1255</c>), optional IRI and aliases.</summary>
public sealed record OpenVexVulnerability(string Name, string? Id, string? Description, IReadOnlyList<string> Aliases);

/// <summary>A product or subcomponent: an IRI (usually a purl) and/or identifiers, hashes, and subcomponents.</summary>
/// <param name="Hashes">Algorithm (<c>sha-256</c>…) to value.</param>
public sealed record OpenVexProduct(
    string? Id,
    OpenVexIdentifiers? Identifiers,
    IReadOnlyDictionary<string, string> Hashes,
    IReadOnlyList<OpenVexProduct> Subcomponents);

/// <summary>Software identifiers of a product: at least one of purl, CPE 2.2, CPE 2.3.</summary>
public sealed record OpenVexIdentifiers(string? Purl, string? Cpe22, string? Cpe23);

/// <summary>The status a statement gives.</summary>
public enum OpenVexStatus
{
    /// <summary><c>not_affected</c>: needs a justification or an impact statement.</summary>
    NotAffected,

    /// <summary><c>affected</c>: needs an action statement.</summary>
    Affected,

    /// <summary><c>fixed</c>.</summary>
    Fixed,

    /// <summary><c>under_investigation</c>.</summary>
    UnderInvestigation,
}

/// <summary>Why a product is not affected (OpenVEX 0.2 justification labels).</summary>
public enum OpenVexJustification
{
    /// <summary><c>component_not_present</c>.</summary>
    ComponentNotPresent,

    /// <summary><c>vulnerable_code_not_present</c>.</summary>
    VulnerableCodeNotPresent,

    /// <summary><c>vulnerable_code_not_in_execute_path</c>.</summary>
    VulnerableCodeNotInExecutePath,

    /// <summary><c>vulnerable_code_cannot_be_controlled_by_adversary</c>.</summary>
    VulnerableCodeCannotBeControlledByAdversary,

    /// <summary><c>inline_mitigations_already_exist</c>.</summary>
    InlineMitigationsAlreadyExist,
}
