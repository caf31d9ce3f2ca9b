using System.CommandLine;
using MedVigil.Application.Advisories;
using MedVigil.Application.Vex;

namespace MedVigil.Cli.Commands;

/// <summary><c>medvigil import vex PATH…</c>: OpenVEX, CSAF VEX and CycloneDX VEX documents, one transaction each (ADR 0015).</summary>
internal static class VexImportCommand
{
    public static Command Create(GlobalOptions global) => DocumentImportCommand.Create(global, new DocumentImport<VexImportResult, RevisionImportTotals>(
        "vex",
        "Import VEX documents: OpenVEX, CSAF VEX, CycloneDX VEX, told apart by content (raw bytes kept by SHA-256; newer revisions supersede older)",
        "VEX files and folders of them (recursive: *.json, and *.xml for CycloneDX)",
        (host, file, content, ct) => host.Get<ImportVex>().ExecuteAsync(new ImportVexCommand(file, content), ct),
        Describe,
        RevisionImportTotals.WithStatements,
        (totals, result) => totals.Add(result),
        totals => totals.Failed,
        [".json", ".xml"]));

    private static string Describe(VexImportResult result) => result.Outcome switch
    {
        RevisionOutcome.Unchanged => $"unchanged (sha256 {result.Sha256})",
        RevisionOutcome.Stale => $"stale: {Name(result.Format)} {result.Id} revision {result.Revision} is not newer than the stored revision, kept",
        RevisionOutcome.Superseded => $"imported {Name(result.Format)} {result.Id} revision {result.Revision}, superseding the older revision; {Counts(result)}",
        _ => $"imported {Name(result.Format)} {result.Id} revision {result.Revision}; {Counts(result)}",
    };

    private static string Counts(VexImportResult result) => $"{result.Statements} statements, {result.VulnerabilitiesAdded} vulnerabilities added";

    private static string Name(VexFormat? format) => format switch
    {
        VexFormat.CsafVex => "CSAF VEX",
        VexFormat.CycloneDxVex => "CycloneDX VEX",
        _ => "OpenVEX",
    };
}
