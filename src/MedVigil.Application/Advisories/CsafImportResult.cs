namespace MedVigil.Application.Advisories;

/// <summary>What importing one CSAF document did.</summary>
public enum CsafImportOutcome
{
    /// <summary>A new advisory (first revision seen for its tracking id) was stored.</summary>
    Imported,

    /// <summary>A newer revision was stored and the previous current revision marked superseded by it.</summary>
    Superseded,

    /// <summary>These exact bytes were stored before: nothing changed.</summary>
    Unchanged,

    /// <summary>An older or equal revision of an advisory already stored: nothing changed, the newer one is kept.</summary>
    Stale,
}

/// <summary>The outcome of one document, with its SHA-256, tracking id and version (null when unchanged).</summary>
public sealed record CsafImportResult(
    CsafImportOutcome Outcome, string Sha256, string? TrackingId, string? Version, int VulnerabilitiesAdded);

/// <summary>Totals over many documents, for a summary line.</summary>
public sealed record CsafImportTotals(int Read, int Imported, int Superseded, int Unchanged, int Stale, int Failed, int VulnerabilitiesAdded)
{
    public static CsafImportTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>These totals plus one document's result (null for a document that failed).</summary>
    public CsafImportTotals Add(CsafImportResult? result) => result is null
        ? this with { Read = Read + 1, Failed = Failed + 1 }
        : this with
        {
            Read = Read + 1,
            Imported = Imported + (result.Outcome == CsafImportOutcome.Imported ? 1 : 0),
            Superseded = Superseded + (result.Outcome == CsafImportOutcome.Superseded ? 1 : 0),
            Unchanged = Unchanged + (result.Outcome == CsafImportOutcome.Unchanged ? 1 : 0),
            Stale = Stale + (result.Outcome == CsafImportOutcome.Stale ? 1 : 0),
            VulnerabilitiesAdded = VulnerabilitiesAdded + result.VulnerabilitiesAdded,
        };

    public override string ToString() =>
        $"{Read} read, {Imported} imported, {Superseded} superseded an older revision, {Unchanged} unchanged, "
        + $"{Stale} stale (newer kept), {Failed} failed; {VulnerabilitiesAdded} vulnerabilities added.";
}
