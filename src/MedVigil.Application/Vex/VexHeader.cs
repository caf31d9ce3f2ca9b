using MedVigil.Domain.Vulnerabilities;

namespace MedVigil.Application.Vex;

/// <summary>
/// What the import keeps of a VEX document, whatever its format: the advisory's identity and revision, who issued it,
/// the vulnerabilities it names and how many statements it makes (the statements stay in the raw bytes, ADR 0015).
/// </summary>
/// <param name="FormatName">The format as stored on the raw document, e.g. <c>openvex-0.2.0</c>, <c>csaf-2.0</c>, <c>cyclonedx-1.6</c>.</param>
/// <param name="Revision">The revision in the form <see cref="VexRevisions"/> orders.</param>
internal sealed record VexHeader(
    VexFormat Format,
    string FormatName,
    string MediaType,
    string ExternalId,
    string Revision,
    string? Title,
    string? Publisher,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<Vulnerability> Vulnerabilities,
    int Statements);
