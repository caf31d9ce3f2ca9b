using System.CommandLine;
using MedVigil.Application.Advisories;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil import nvd PATH…</c>: NVD CVE API 2.0 response pages or single <c>{"cve": …}</c> records, one
/// transaction per file (ADR 0013).
/// </summary>
internal static class NvdImportCommand
{
    public static Command Create(GlobalOptions global) => DocumentImportCommand.Create(global, new DocumentImport<NvdImportResult, NvdImportTotals>(
        "nvd",
        "Import NVD CVE records (raw bytes kept by SHA-256; a newer lastModified supersedes older)",
        "NVD CVE API 2.0 JSON pages or records, and folders of them (recursive)",
        (host, file, content, ct) => host.Get<ImportNvd>().ExecuteAsync(new ImportNvdCommand(file, content), ct),
        Describe,
        NvdImportTotals.Empty,
        (totals, result) => totals.Add(result),
        totals => totals.Failed));

    private static string Describe(NvdImportResult result) => result.Outcome switch
    {
        NvdImportOutcome.Unchanged => $"unchanged (sha256 {result.Sha256})",
        NvdImportOutcome.Stale => $"stale: none of {result.Records} record(s) is newer than the stored revision, kept",
        _ => $"{result.Records} record(s): {result.Imported} imported, {result.Superseded} superseded an older revision, {result.Stale} stale; "
            + $"{result.VulnerabilitiesAdded} vulnerabilities added, {result.VulnerabilitiesUpdated} updated",
    };
}
