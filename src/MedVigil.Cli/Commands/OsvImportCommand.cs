using System.CommandLine;
using MedVigil.Application.Advisories;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil import osv PATH…</c>: OSV records, or folders searched recursively for <c>*.json</c>. Each
/// document is imported in its own transaction; a bad one is reported with its path and every issue and does not
/// stop the rest. One line per document, a summary at the end; exit 1 if any document failed.
/// </summary>
internal static class OsvImportCommand
{
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("paths") { Description = "OSV JSON records and folders of them (recursive)", Arity = ArgumentArity.OneOrMore };
        var osv = new Command("osv", "Import OSV records (raw bytes kept by SHA-256; a later modified supersedes older)") { paths };
        osv.SetAction(async (parse, ct) =>
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
                var totals = OsvImportTotals.Empty;
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
        return osv;
    }

    private static async Task<OsvImportResult?> ImportOneAsync(CliHost host, string file, TextWriter error, CancellationToken ct)
    {
        var db = host.Get<MedVigilDbContext>();
        try
        {
            await using var content = File.OpenRead(file);
            var imported = await host.Get<ImportOsv>().ExecuteAsync(new ImportOsvCommand(file, content), ct);
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
            // Each document stands alone: nothing tracked for one is carried into the next.
            db.ChangeTracker.Clear();
            db.DiscardPendingAudit();
        }

        return null;
    }

    private static string Describe(OsvImportResult result) => result.Outcome switch
    {
        OsvImportOutcome.Unchanged => $"unchanged (sha256 {result.Sha256})",
        OsvImportOutcome.Stale => $"stale: {result.Id} modified {result.Revision} is not newer than the stored revision, kept",
        OsvImportOutcome.Superseded => $"imported {result.Id} modified {result.Revision}, superseding the older revision",
        _ => $"imported {result.Id} modified {result.Revision}" + (result.VulnerabilityAdded ? "; vulnerability added" : ""),
    };

    private static IEnumerable<string> Expand(string path) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [path];
}
