using System.CommandLine;
using MedVigil.Domain.Common;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Cli.Commands;

/// <summary>
/// What differs between the advisory import verbs (<c>import csaf|nvd|osv|vex</c>); the rest is shared.
/// <see cref="FolderExtensions"/> are the file endings searched for in folders (default <c>.json</c>).
/// </summary>
internal sealed record DocumentImport<TResult, TTotals>(
    string Name,
    string Description,
    string PathsDescription,
    Func<CliHost, string, Stream, CancellationToken, Task<Result<TResult>>> ImportAsync,
    Func<TResult, string> Describe,
    TTotals Empty,
    Func<TTotals, TResult?, TTotals> Add,
    Func<TTotals, int> Failed,
    IReadOnlyList<string>? FolderExtensions = null)
    where TResult : class
    where TTotals : notnull;

/// <summary>
/// <c>medvigil import FORMAT PATH…</c> for advisory documents: files, or folders searched recursively (for <c>*.json</c> unless the verb says otherwise).
/// Each document is imported in its own transaction; a bad one is reported with its path and every issue and does not
/// stop the rest. One line per document, a summary at the end; exit 1 if any document failed.
/// </summary>
internal static class DocumentImportCommand
{
    public static Command Create<TResult, TTotals>(GlobalOptions global, DocumentImport<TResult, TTotals> import)
        where TResult : class
        where TTotals : notnull
    {
        var paths = new Argument<string[]>("paths") { Description = import.PathsDescription, Arity = ArgumentArity.OneOrMore };
        var command = new Command(import.Name, import.Description) { paths };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var given = parse.GetValue(paths)!;
            var missing = given.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null)
            {
                return CliOutput.Usage(error, $"'{missing}' does not exist.");
            }

            var extensions = import.FolderExtensions ?? [".json"];
            var files = given.SelectMany(p => Expand(p, extensions)).ToList();
            return await CliHost.RunForTenantAsync(global, parse, ct, async host =>
            {
                var totals = await global.Progress.RunAsync($"import {import.Name}", files.Count, output, error, async lines =>
                {
                    var totals = import.Empty;
                    foreach (var file in files)
                    {
                        var result = await ImportOneAsync(host, import, file, lines.Error, ct);
                        if (result is not null)
                        {
                            await lines.Output.WriteLineAsync($"{file}\t{import.Describe(result)}");
                        }

                        totals = import.Add(totals, result);
                        lines.Advance();
                    }

                    return totals;
                });

                await output.WriteLineAsync(totals.ToString());
                return import.Failed(totals) == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            });
        });
        return command;
    }

    private static async Task<TResult?> ImportOneAsync<TResult, TTotals>(
        CliHost host, DocumentImport<TResult, TTotals> import, string file, TextWriter error, CancellationToken ct)
        where TResult : class
        where TTotals : notnull
    {
        var db = host.Get<MedVigilDbContext>();
        try
        {
            await using var content = File.OpenRead(file);
            var imported = await import.ImportAsync(host, file, content, ct);
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

    private static IEnumerable<string> Expand(string path, IReadOnlyList<string> extensions) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
        : [path];
}
