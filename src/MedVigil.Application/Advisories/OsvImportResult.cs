namespace MedVigil.Application.Advisories;

/// <summary>What importing one OSV record did.</summary>
public enum OsvImportOutcome
{
    /// <summary>The first revision of this OSV id was stored.</summary>
    Imported,

    /// <summary>A newer revision (later <c>modified</c>) was stored and the previous one marked superseded by it.</summary>
    Superseded,

    /// <summary>These exact bytes were stored before: nothing changed.</summary>
    Unchanged,

    /// <summary>Not newer than the stored revision: nothing changed, the newer one is kept.</summary>
    Stale,
}

/// <summary>The outcome of one OSV record, with its SHA-256, id and <c>modified</c> revision (null when unchanged).</summary>
public sealed record OsvImportResult(OsvImportOutcome Outcome, string Sha256, string? Id, string? Revision, bool VulnerabilityAdded);

/// <summary>Totals over many OSV records, for a summary line.</summary>
public sealed record OsvImportTotals(int Read, int Imported, int Superseded, int Unchanged, int Stale, int Failed, int VulnerabilitiesAdded)
{
    public static OsvImportTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>These totals plus one record's result (null for a record that failed).</summary>
    public OsvImportTotals Add(OsvImportResult? result) => result is null
        ? this with { Read = Read + 1, Failed = Failed + 1 }
        : this with
        {
            Read = Read + 1,
            Imported = Imported + (result.Outcome == OsvImportOutcome.Imported ? 1 : 0),
            Superseded = Superseded + (result.Outcome == OsvImportOutcome.Superseded ? 1 : 0),
            Unchanged = Unchanged + (result.Outcome == OsvImportOutcome.Unchanged ? 1 : 0),
            Stale = Stale + (result.Outcome == OsvImportOutcome.Stale ? 1 : 0),
            VulnerabilitiesAdded = VulnerabilitiesAdded + (result.VulnerabilityAdded ? 1 : 0),
        };

    public override string ToString() =>
        $"{Read} read, {Imported} imported, {Superseded} superseded an older revision, {Unchanged} unchanged, "
        + $"{Stale} stale (newer kept), {Failed} failed; {VulnerabilitiesAdded} vulnerabilities added.";
}
