namespace MedVigil.Application.Advisories;

/// <summary>What importing one advisory document (CSAF, OSV, VEX) did to the revisions of its advisory (ADR 0010).</summary>
public enum RevisionOutcome
{
    /// <summary>The first revision seen of this advisory was stored.</summary>
    Imported,

    /// <summary>A newer revision was stored and the previous current revision marked superseded by it.</summary>
    Superseded,

    /// <summary>These exact bytes were stored before: nothing changed.</summary>
    Unchanged,

    /// <summary>An older or equal revision of an advisory already stored: nothing changed, the newer one is kept.</summary>
    Stale,
}

/// <summary>One document's import result, as far as the totals of a run need it.</summary>
public interface IRevisionImport
{
    RevisionOutcome Outcome { get; }

    int VulnerabilitiesAdded { get; }

    /// <summary>The statements a VEX document makes; zero for other documents.</summary>
    int Statements { get; }
}

/// <summary>
/// Totals over many advisory documents, for a summary line; <see cref="Statements"/> is counted (and printed) only for
/// runs that start from <see cref="WithStatements"/>.
/// </summary>
public sealed record RevisionImportTotals(int Read, int Imported, int Superseded, int Unchanged, int Stale, int Failed, int VulnerabilitiesAdded, int? Statements)
{
    public static RevisionImportTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, null);

    public static RevisionImportTotals WithStatements { get; } = Empty with { Statements = 0 };

    /// <summary>These totals plus one document's result (null for a document that failed).</summary>
    public RevisionImportTotals Add(IRevisionImport? result) => result is null
        ? this with { Read = Read + 1, Failed = Failed + 1 }
        : this with
        {
            Read = Read + 1,
            Imported = Imported + (result.Outcome == RevisionOutcome.Imported ? 1 : 0),
            Superseded = Superseded + (result.Outcome == RevisionOutcome.Superseded ? 1 : 0),
            Unchanged = Unchanged + (result.Outcome == RevisionOutcome.Unchanged ? 1 : 0),
            Stale = Stale + (result.Outcome == RevisionOutcome.Stale ? 1 : 0),
            Statements = Statements + (result.Outcome is RevisionOutcome.Imported or RevisionOutcome.Superseded ? result.Statements : 0),
            VulnerabilitiesAdded = VulnerabilitiesAdded + result.VulnerabilitiesAdded,
        };

    public override string ToString() =>
        $"{Read} read, {Imported} imported, {Superseded} superseded an older revision, {Unchanged} unchanged, "
        + $"{Stale} stale (newer kept), {Failed} failed; {(Statements is { } statements ? $"{statements} statements, " : "")}{VulnerabilitiesAdded} vulnerabilities added.";
}
