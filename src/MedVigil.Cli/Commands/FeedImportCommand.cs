using System.CommandLine;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil import kev PATH…</c> and <c>medvigil import epss PATH…</c>: each file (a KEV catalog JSON, an EPSS CSV
/// plain or gzip) is imported in its own transaction, in the order given; a bad one is reported with every issue and
/// does not stop the rest. One line per file, a summary at the end; exit 1 if any file failed, 2 on usage errors.
/// </summary>
internal static class FeedImportCommand
{
    public static Command Kev(GlobalOptions global) => Create(global, "kev",
        "Import CISA KEV catalogs (JSON): listed CVEs marked known exploited, CVEs dropped by a newer release un-marked",
        (host, file, content, ct) => Run(host.Get<ImportKev>().ExecuteAsync(new ImportKevCommand(file, content), ct)));

    public static Command Epss(GlobalOptions global) => Create(global, "epss",
        "Import FIRST EPSS daily score files (CSV, plain or gzip); a newer score date replaces the scores",
        (host, file, content, ct) => Run(host.Get<ImportEpss>().ExecuteAsync(new ImportEpssCommand(file, content), ct)));

    private static async Task<(Error? Error, FeedImportOutcome Outcome, string Line)> Run<T>(Task<Result<T>> import)
        where T : notnull
    {
        var result = await import;
        return result.TryGetValue(out var value)
            ? (null, value switch { KevImportResult k => k.Outcome, EpssImportResult e => e.Outcome, _ => FeedImportOutcome.Imported }, value.ToString()!)
            : (result.Error, FeedImportOutcome.Imported, "");
    }

    private static Command Create(GlobalOptions global, string name, string description,
        Func<CliHost, string, Stream, CancellationToken, Task<(Error? Error, FeedImportOutcome Outcome, string Line)>> importOne)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files to import, in order", Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { paths };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var files = parse.GetValue(paths)!;
            var missing = files.FirstOrDefault(p => !File.Exists(p));
            if (missing is not null)
            {
                return CliOutput.Usage(error, $"'{missing}' is not a file.");
            }

            return await CliHost.RunForTenantAsync(global, parse, ct, async host =>
            {
                var counts = new Dictionary<FeedImportOutcome, int>();
                var failed = 0;
                foreach (var file in files)
                {
                    var db = host.Get<MedVigilDbContext>();
                    try
                    {
                        await using var content = File.OpenRead(file);
                        var (failure, outcome, line) = await importOne(host, file, content, ct);
                        if (failure is not null)
                        {
                            CliOutput.Fail(error, failure);
                            failed++;
                            continue;
                        }

                        counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
                        await output.WriteLineAsync($"{file}\t{line}");
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbUpdateException)
                    {
                        await error.WriteLineAsync($"error: {file}: {e.Message}");
                        failed++;
                    }
                    finally
                    {
                        db.ChangeTracker.Clear();
                        db.DiscardPendingAudit();
                    }
                }

                await output.WriteLineAsync(
                    $"{files.Length} read, {counts.GetValueOrDefault(FeedImportOutcome.Imported)} imported, "
                    + $"{counts.GetValueOrDefault(FeedImportOutcome.Unchanged)} unchanged, {counts.GetValueOrDefault(FeedImportOutcome.Stale)} stale (newer kept), {failed} failed.");
                return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            });
        });
        return command;
    }
}
