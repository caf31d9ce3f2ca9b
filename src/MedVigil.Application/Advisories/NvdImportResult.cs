namespace MedVigil.Application.Advisories;

/// <summary>What importing one NVD file (a CVE API page or a single record) did.</summary>
public enum NvdImportOutcome
{
    /// <summary>The raw bytes were stored, with at least one new or newer CVE record.</summary>
    Imported,

    /// <summary>These exact bytes were stored before: nothing changed.</summary>
    Unchanged,

    /// <summary>Every record was older than or as old as the one stored: nothing changed.</summary>
    Stale,
}

/// <summary>The outcome of one NVD file, with per-record counts (all zero when unchanged).</summary>
/// <param name="Records">The CVE records in the file.</param>
/// <param name="Imported">Records of a CVE not imported from NVD before.</param>
/// <param name="Superseded">Records with a newer <c>lastModified</c> than the stored one, which they superseded.</param>
/// <param name="Stale">Records not newer than the stored one, skipped.</param>
/// <param name="VulnerabilitiesAdded">Vulnerabilities not known before (from any source).</param>
/// <param name="VulnerabilitiesUpdated">Known vulnerabilities whose description or publication time changed.</param>
public sealed record NvdImportResult(
    NvdImportOutcome Outcome, string Sha256, int Records, int Imported, int Superseded, int Stale, int VulnerabilitiesAdded, int VulnerabilitiesUpdated);

/// <summary>Totals over many NVD files, for a summary line.</summary>
public sealed record NvdImportTotals(int Files, int Failed, int Unchanged, int Records, int Imported, int Superseded, int Stale, int VulnerabilitiesAdded)
{
    public static NvdImportTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>These totals plus one file's result (null for a file that failed).</summary>
    public NvdImportTotals Add(NvdImportResult? result) => result is null
        ? this with { Files = Files + 1, Failed = Failed + 1 }
        : this with
        {
            Files = Files + 1,
            Unchanged = Unchanged + (result.Outcome == NvdImportOutcome.Unchanged ? 1 : 0),
            Records = Records + result.Records,
            Imported = Imported + result.Imported,
            Superseded = Superseded + result.Superseded,
            Stale = Stale + result.Stale,
            VulnerabilitiesAdded = VulnerabilitiesAdded + result.VulnerabilitiesAdded,
        };

    public override string ToString() =>
        $"{Files} file(s) read, {Unchanged} unchanged, {Failed} failed; {Records} CVE records: {Imported} imported, "
        + $"{Superseded} superseded an older revision, {Stale} stale (newer kept); {VulnerabilitiesAdded} vulnerabilities added.";
}
