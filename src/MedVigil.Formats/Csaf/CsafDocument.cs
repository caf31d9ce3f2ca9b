namespace MedVigil.Formats.Csaf;

/// <summary>
/// A CSAF 2.0 document as read: its metadata, the product tree flattened into one list of products, and the
/// vulnerabilities. Text is kept exactly as written (vendor names with mojibake, <c>vls:</c> ranges, model-number
/// patterns with <c>?</c>/<c>*</c>, remediation details that name fixed versions).
/// </summary>
public sealed record CsafDocument(
    CsafDocumentMetadata Document,
    CsafProductTree ProductTree,
    IReadOnlyList<CsafVulnerability> Vulnerabilities)
{
    /// <summary>The <c>document/category</c> value of the CSAF VEX profile.</summary>
    public const string VexCategory = "csaf_vex";

    /// <summary>Whether the document claims the CSAF VEX profile (§4.5), whose extra rules the reader checks.</summary>
    public bool IsVex => string.Equals(Document.Category, VexCategory, StringComparison.Ordinal);
}

/// <summary><c>/document</c>: what the advisory is, who published it, and its revision state.</summary>
public sealed record CsafDocumentMetadata(
    string Category,
    string CsafVersion,
    string Title,
    string? Lang,
    string? SourceLang,
    CsafPublisher Publisher,
    CsafTracking Tracking,
    string? AggregateSeverity,
    IReadOnlyList<CsafNote> Notes,
    IReadOnlyList<CsafReference> References,
    CsafDistribution? Distribution);

/// <summary><c>/document/publisher</c>.</summary>
public sealed record CsafPublisher(string Name, string Namespace, string Category, string? ContactDetails, string? IssuingAuthority);

/// <summary><c>/document/tracking</c>; dates are kept as written (ISO 8601 date-times).</summary>
public sealed record CsafTracking(
    string Id,
    string Version,
    string Status,
    string InitialReleaseDate,
    string CurrentReleaseDate,
    IReadOnlyList<CsafRevision> RevisionHistory,
    IReadOnlyList<string> Aliases);

/// <summary>One item of <c>/document/tracking/revision_history</c>.</summary>
public sealed record CsafRevision(string Number, string Date, string Summary);

/// <summary>A note (document or vulnerability level).</summary>
public sealed record CsafNote(string Category, string Text, string? Title, string? Audience);

/// <summary>A reference (document or vulnerability level).</summary>
public sealed record CsafReference(string Url, string Summary, string? Category);

/// <summary><c>/document/distribution</c>: free text and the TLP label (WHITE, GREEN, AMBER, RED).</summary>
public sealed record CsafDistribution(string? Text, string? TlpLabel, string? TlpUrl);
