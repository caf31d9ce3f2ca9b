namespace MedVigil.Application.Advisories;

/// <summary>The outcome of one CSAF document, with its SHA-256, tracking id and version (null when unchanged).</summary>
public sealed record CsafImportResult(
    RevisionOutcome Outcome, string Sha256, string? TrackingId, string? Version, int VulnerabilitiesAdded) : IRevisionImport
{
    int IRevisionImport.Statements => 0;
}
