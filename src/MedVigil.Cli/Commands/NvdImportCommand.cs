using System.CommandLine;
using MedVigil.Application.Advisories;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil import nvd PATH…</c>: NVD CVE API 2.0 response pages or single <c>{"cve": …}</c> records, or folders
/// searched recursively for <c>*.json</c>. Each file is imported in its own transaction; a bad one is reported with
/// its path and every issue and does not stop the rest. One line per file, a summary at the end; exit 1 if any failed.
/// </summary>
internal static class NvdImportCommand
{
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("paths") { Description = "NVD CVE API 2.0 JSON pages or records, and folders of them (recursive)", Arity = ArgumentArity.OneOrMore };
        var nvd = new Command("nvd", "Import NVD CVE records (raw bytes kept by SHA-256; a newer lastModified supersedes older)") { paths };
        nvd.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var given = parse.GetValue(paths)!;
            var missing = given.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null)
            {
                return CliOutput.Usage(error, $"'{missing}' does not exist.");
            }

            var files = given.SelectMany(Expand).ToList();
            return await CliHost.RunForTenantAsync(global, parse, ct, async host =>
            {
                var totals = NvdImportTotals.Empty;
                foreach (var file in files)
                {
                    var result = await ImportOneAsync(host, file, error, ct);
                    if (result is not null)
                    {
                        await output.WriteLineAsync($"{file}\t{Describe(result)}");
                    }

                    totals = totals.Add(result);
                }

                await output.WriteLineAsync(totals.ToString());
                return totals.Failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            });
        });
        return nvd;
    }

    private static async Task<NvdImportResult?> ImportOneAsync(CliHost host, string file, TextWriter error, CancellationToken ct)
    {
        var db = host.Get<MedVigilDbContext>();
        try
        {
            await using var content = File.OpenRead(file);
            var imported = await host.Get<ImportNvd>().ExecuteAsync(new ImportNvdCommand(file, content), ct);
            if (imported.TryGetValue(out var result))
            {
                return result;
            }

            CliOutput.Fail(error, imported.Error!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbUpdateException)
        {
            await error.WriteLineAsync($"error: {file}: {e.Message}");
        }
        finally
        {
            // Each file stands alone: nothing tracked for one is carried into the next.
            db.ChangeTracker.Clear();
            db.DiscardPendingAudit();
        }

        return null;
    }

    private static string Describe(NvdImportResult result) => result.Outcome switch
    {
        NvdImportOutcome.Unchanged => $"unchanged (sha256 {result.Sha256})",
        NvdImportOutcome.Stale => $"stale: none of {result.Records} record(s) is newer than the stored revision, kept",
        _ => $"{result.Records} record(s): {result.Imported} imported, {result.Superseded} superseded an older revision, {result.Stale} stale; "
            + $"{result.VulnerabilitiesAdded} vulnerabilities added, {result.VulnerabilitiesUpdated} updated",
    };

    private static IEnumerable<string> Expand(string path) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [path];
}
