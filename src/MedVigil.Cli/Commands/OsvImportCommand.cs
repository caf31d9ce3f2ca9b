using System.CommandLine;
using MedVigil.Application.Advisories;

namespace MedVigil.Cli.Commands;

/// <summary><c>medvigil import osv PATH…</c>: OSV records, one transaction per record file (ADR 0013).</summary>
internal static class OsvImportCommand
{
    public static Command Create(GlobalOptions global) => DocumentImportCommand.Create(global, new DocumentImport<OsvImportResult, RevisionImportTotals>(
        "osv",
        "Import OSV records (raw bytes kept by SHA-256; a later modified supersedes older)",
        "OSV JSON records and folders of them (recursive)",
        (host, file, content, ct) => host.Get<ImportOsv>().ExecuteAsync(new ImportOsvCommand(file, content), ct),
        Describe,
        RevisionImportTotals.Empty,
        (totals, result) => totals.Add(result),
        totals => totals.Failed));

    private static string Describe(OsvImportResult result) => result.Outcome switch
    {
        RevisionOutcome.Unchanged => $"unchanged (sha256 {result.Sha256})",
        RevisionOutcome.Stale => $"stale: {result.Id} modified {result.Revision} is not newer than the stored revision, kept",
        RevisionOutcome.Superseded => $"imported {result.Id} modified {result.Revision}, superseding the older revision",
        _ => $"imported {result.Id} modified {result.Revision}" + (result.VulnerabilityAdded ? "; vulnerability added" : ""),
    };
}
