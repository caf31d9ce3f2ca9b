using System.Text.Json;

namespace MedVigil.Formats.Osv;

/// <summary>One OSV record (schema 1.x): a vulnerability and the package versions it affects.</summary>
/// <param name="Modified">Last change: a newer value supersedes an older record of the same id.</param>
/// <param name="Withdrawn">When set, the record was withdrawn and must no longer match anything.</param>
/// <param name="Severity">Record-level severities (the schema forbids them when an affected entry has its own).</param>
/// <param name="DatabaseSpecific">The database's own data, as JSON (a detached clone), when present.</param>
public sealed record OsvRecord(
    string Id,
    string? SchemaVersion,
    DateTimeOffset Modified,
    DateTimeOffset? Published,
    DateTimeOffset? Withdrawn,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Upstream,
    string? Summary,
    string? Details,
    IReadOnlyList<OsvSeverity> Severity,
    IReadOnlyList<OsvAffected> Affected,
    IReadOnlyList<OsvReference> References,
    IReadOnlyList<OsvCredit> Credits,
    JsonElement? DatabaseSpecific)
{
    /// <summary>Whether the record was withdrawn.</summary>
    public bool IsWithdrawn => Withdrawn is not null;
}

/// <summary>A severity: <c>CVSS_V2</c>, <c>CVSS_V3</c>, <c>CVSS_V4</c> (score = vector) or <c>Ubuntu</c> (score = a word).</summary>
public sealed record OsvSeverity(string Type, string Score);

/// <summary>A reference: <c>ADVISORY</c>, <c>FIX</c>, <c>WEB</c>… and its URL.</summary>
public sealed record OsvReference(string Type, string Url);

/// <summary>Someone credited: name, contacts and role (<c>FINDER</c>, <c>REPORTER</c>…).</summary>
public sealed record OsvCredit(string Name, IReadOnlyList<string> Contact, string? Type);
