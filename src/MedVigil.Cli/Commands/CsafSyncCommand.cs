using System.CommandLine;
using MedVigil.Application.Feeds;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil sync csaf URL… [--aggregator]</c>: CSAF trusted providers (their <c>provider-metadata.json</c>) or, with
/// <c>--aggregator</c>, every provider an <c>aggregator.json</c> lists (ADR 0017). One summary line per provider, each
/// refused or failed document on standard error; exit 1 when anything failed.
/// </summary>
internal static class CsafSyncCommand
{
    public static Command Create(GlobalOptions global)
    {
        var urls = new Argument<string[]>("urls") { Description = "provider-metadata.json URLs (aggregator.json URLs with --aggregator)", Arity = ArgumentArity.OneOrMore };
        var aggregator = new Option<bool>("--aggregator") { Description = "The URLs are aggregators or listers: sync every provider they list" };
        var command = new Command("csaf", "Fetch new and changed CSAF advisories (ROLIE feeds and directories, TLP:WHITE), hashes verified") { urls, aggregator };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var given = parse.GetValue(urls)!;
            var bad = given.FirstOrDefault(u => SyncUrls.Http(u) is null);
            if (bad is not null)
            {
                return CliOutput.Usage(error, $"'{bad}' is not an http(s) URL.");
            }

            return await CliHost.RunForTenantAsync(global, parse, ct, async host =>
            {
                var synced = await global.Progress.RunAsync("sync", CliProgress.Unknown, output, error, lines => host.Get<SyncCsaf>().ExecuteAsync(
                    new SyncCsafCommand([.. given.Select(u => SyncUrls.Http(u)!)], parse.GetValue(aggregator)) { Progress = new SyncCommand.ProgressOf(lines) }, ct));
                if (!synced.TryGetValue(out var summary))
                {
                    return CliOutput.Fail(error, synced.Error!);
                }

                await SyncCommand.WriteRunsAsync(output, error, summary.Providers.Select(p => (p.Failures.Select(f => f.ToString()), p.Error, p.ToString())));
                return summary.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
            });
        });
        return command;
    }
}
