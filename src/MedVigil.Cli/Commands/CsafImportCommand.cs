using System.CommandLine;
using MedVigil.Application.Advisories;

namespace MedVigil.Cli.Commands;

/// <summary><c>medvigil import csaf PATH…</c>: CSAF 2.0 advisories, one transaction per document (ADR 0010).</summary>
internal static class CsafImportCommand
{
    public static Command Create(GlobalOptions global) => DocumentImportCommand.Create(global, new DocumentImport<CsafImportResult, RevisionImportTotals>(
        "csaf",
        "Import CSAF 2.0 advisories (raw bytes kept by SHA-256; newer revisions supersede older)",
        "CSAF 2.0 JSON files and folders of them (recursive)",
        (host, file, content, ct) => host.Get<ImportCsaf>().ExecuteAsync(new ImportCsafCommand(file, content), ct),
        Describe,
        RevisionImportTotals.Empty,
        (totals, result) => totals.Add(result),
        totals => totals.Failed));

    private static string Describe(CsafImportResult result) => result.Outcome switch
    {
        RevisionOutcome.Unchanged => $"unchanged (sha256 {result.Sha256})",
        RevisionOutcome.Stale => $"stale: {result.TrackingId} version {result.Version} is not newer than the stored revision, kept",
        RevisionOutcome.Superseded => $"imported {result.TrackingId} version {result.Version}, superseding the older revision; {result.VulnerabilitiesAdded} vulnerabilities added",
        _ => $"imported {result.TrackingId} version {result.Version}; {result.VulnerabilitiesAdded} vulnerabilities added",
    };
}
