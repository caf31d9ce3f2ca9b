namespace MedVigil.Application.Advisories;

/// <summary>The outcome of one OSV record, with its SHA-256, id and <c>modified</c> revision (null when unchanged).</summary>
public sealed record OsvImportResult(RevisionOutcome Outcome, string Sha256, string? Id, string? Revision, bool VulnerabilityAdded) : IRevisionImport
{
    int IRevisionImport.VulnerabilitiesAdded => VulnerabilityAdded ? 1 : 0;

    int IRevisionImport.Statements => 0;
}
