namespace MedVigil.Application.Vex;

/// <summary>The VEX formats <see cref="ImportVex"/> tells apart by content.</summary>
public enum VexFormat
{
    /// <summary>An OpenVEX document (<c>@context</c> an OpenVEX namespace).</summary>
    OpenVex,

    /// <summary>A CSAF 2.0 document of the VEX profile (<c>document/category</c> <c>csaf_vex</c>).</summary>
    CsafVex,

    /// <summary>A CycloneDX BOM with <c>vulnerabilities[]</c> (JSON or XML).</summary>
    CycloneDxVex,
}

/// <summary>What importing one VEX document did.</summary>
public enum VexImportOutcome
{
    /// <summary>The first revision of this VEX document was stored.</summary>
    Imported,

    /// <summary>A newer revision was stored and the previous one marked superseded by it.</summary>
    Superseded,

    /// <summary>These exact bytes were stored before: nothing changed.</summary>
    Unchanged,

    /// <summary>Not newer than the stored revision: nothing changed, the newer one is kept.</summary>
    Stale,
}

/// <summary>
/// The outcome of one VEX document: its SHA-256 and, unless unchanged, its format, id, revision, how many statements
/// it makes and how many vulnerabilities were added.
/// </summary>
public sealed record VexImportResult(
    VexImportOutcome Outcome, string Sha256, VexFormat? Format, string? Id, string? Revision, int Statements, int VulnerabilitiesAdded);

/// <summary>Totals over many VEX documents, for a summary line.</summary>
public sealed record VexImportTotals(int Read, int Imported, int Superseded, int Unchanged, int Stale, int Failed, int Statements, int VulnerabilitiesAdded)
{
    public static VexImportTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>These totals plus one document's result (null for a document that failed).</summary>
    public VexImportTotals Add(VexImportResult? result) => result is null
        ? this with { Read = Read + 1, Failed = Failed + 1 }
        : this with
        {
            Read = Read + 1,
            Imported = Imported + (result.Outcome == VexImportOutcome.Imported ? 1 : 0),
            Superseded = Superseded + (result.Outcome == VexImportOutcome.Superseded ? 1 : 0),
            Unchanged = Unchanged + (result.Outcome == VexImportOutcome.Unchanged ? 1 : 0),
            Stale = Stale + (result.Outcome == VexImportOutcome.Stale ? 1 : 0),
            Statements = Statements + (result.Outcome is VexImportOutcome.Imported or VexImportOutcome.Superseded ? result.Statements : 0),
            VulnerabilitiesAdded = VulnerabilitiesAdded + result.VulnerabilitiesAdded,
        };

    public override string ToString() =>
        $"{Read} read, {Imported} imported, {Superseded} superseded an older revision, {Unchanged} unchanged, "
        + $"{Stale} stale (newer kept), {Failed} failed; {Statements} statements, {VulnerabilitiesAdded} vulnerabilities added.";
}
