using System.CommandLine;
using MedVigil.Application.Feeds;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil sync osv ECOSYSTEM… [--base-url URL]</c>: OSV per-ecosystem archives (<c>all.zip</c> on the first run,
/// then the records <c>modified_id.csv</c> lists as changed; ADR 0017). One summary line per ecosystem, each failed
/// record on standard error; exit 1 when anything failed.
/// </summary>
internal static class OsvSyncCommand
{
    public static Command Create(GlobalOptions global)
    {
        var ecosystems = new Argument<string[]>("ecosystems") { Description = "OSV ecosystems as OSV names them (Go, PyPI, npm, Maven, crates.io, Debian:12…)", Arity = ArgumentArity.OneOrMore };
        var baseUrl = new Option<string?>("--base-url") { Description = $"The bucket holding ECOSYSTEM/all.zip (default {SyncOsv.DefaultBaseUrl})" };
        var command = new Command("osv", "Fetch new and changed OSV records per ecosystem") { ecosystems, baseUrl };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            Uri? bucket = null;
            if (parse.GetValue(baseUrl) is { } text && (bucket = SyncUrls.Http(text)) is null)
            {
                return CliOutput.Usage(error, $"--base-url '{text}' is not an http(s) URL.");
            }

            return await CliHost.RunForTenantAsync(global, parse, ct, async host =>
            {
                var synced = await global.Progress.RunAsync("sync", CliProgress.Unknown, output, error, lines => host.Get<SyncOsv>().ExecuteAsync(
                    new SyncOsvCommand(parse.GetValue(ecosystems)!, bucket) { Progress = new SyncCommand.ProgressOf(lines) }, ct));
                if (!synced.TryGetValue(out var summary))
                {
                    return CliOutput.Fail(error, synced.Error!);
                }

                await SyncCommand.WriteRunsAsync(output, error, summary.Ecosystems.Select(e => (e.Failures.Select(f => f.ToString()), e.Error, e.ToString())));
                return summary.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
            });
        });
        return command;
    }
}
