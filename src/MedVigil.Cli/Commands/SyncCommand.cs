using System.CommandLine;
using System.Globalization;
using MedVigil.Application.Feeds;
using MedVigil.Domain.Common;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil sync nvd|kev|epss [--url URL]</c> (NVD also <c>--api-key-env VAR</c>, <c>--start DATE</c>),
/// <c>sync csaf URL…</c> and <c>sync osv ECOSYSTEM…</c> (ADR 0017), and
/// <c>medvigil sync status</c>: downloads a feed through the resilient feed client and imports it with the import use
/// cases, under the feed's lease (ADR 0014). Prints one summary line; exit 1 if the run failed (what was committed
/// before the failure stays, the next run resumes from the watermark), 2 on usage errors.
/// </summary>
internal static class SyncCommand
{
    public static Command Create(GlobalOptions global) => new("sync", "Download and import vulnerability feeds, resuming from where the last run stopped")
    {
        Nvd(global), Document(global, SyncKev.Feed, SyncKev.DefaultUrl, "the CISA KEV catalog (JSON)",
            (host, url, _, ct) => host.Get<SyncKev>().ExecuteAsync(new SyncKevCommand(url), ct)),
        Document(global, SyncEpss.Feed, SyncEpss.DefaultUrl, "FIRST's current EPSS scores (CSV, gzip)",
            (host, url, _, ct) => host.Get<SyncEpss>().ExecuteAsync(new SyncEpssCommand(url), ct)),
        CsafSyncCommand.Create(global), OsvSyncCommand.Create(global),
        Status(global),
    };

    /// <summary>One line per provider or ecosystem on standard output; its failed items and a stopping error on standard error.</summary>
    internal static async Task WriteRunsAsync(TextWriter output, TextWriter error, IEnumerable<(IEnumerable<string> Failures, Error? Stopped, string Line)> runs)
    {
        foreach (var (failures, stopped, line) in runs)
        {
            foreach (var failure in failures)
            {
                await error.WriteLineAsync($"  failed {failure}");
            }

            if (stopped is not null)
            {
                CliOutput.Fail(error, stopped);
            }

            await output.WriteLineAsync(line);
        }
    }

    /// <summary>A feed's progress drawn on the run's bar, synchronously (<see cref="Progress{T}"/> would post it elsewhere).</summary>
    internal sealed class ProgressOf(ProgressLines lines) : IProgress<FeedProgress>
    {
        public void Report(FeedProgress value) => lines.Report(value.Feed, value.Done, value.Total);
    }


    private static Option<string?> UrlOption(Uri fallback) => new("--url") { Description = $"Where to download from (default {fallback})" };

    private static Command Nvd(GlobalOptions global)
    {
        var url = UrlOption(NvdApi.DefaultUrl);
        var keyVariable = new Option<string?>("--api-key-env") { Description = "Environment variable holding the NVD API key (sent as the apiKey header; 50 instead of 5 requests per 30 s)" };
        var start = new Option<string?>("--start") { Description = "First run only: page lastModified windows from this date (yyyy-MM-dd) instead of all of NVD" };
        var command = new Command("nvd", "NVD CVE API 2.0: lastModified windows of at most 120 days from the watermark, 2,000 records per page") { url, keyVariable, start };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            string? key = null;
            if (parse.GetValue(keyVariable) is { } variable)
            {
                key = Environment.GetEnvironmentVariable(variable);
                if (string.IsNullOrWhiteSpace(key))
                {
                    return CliOutput.Usage(error, $"--api-key-env: the environment variable '{variable}' is not set.");
                }
            }

            DateTimeOffset? from = null;
            if (parse.GetValue(start) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                {
                    return CliOutput.Usage(error, $"--start: '{text}' is not a date (yyyy-MM-dd).");
                }

                from = parsed;
            }

            return await RunAsync(global, parse, url, ct, (host, uri, progress, ctx) =>
                host.Get<SyncNvd>().ExecuteAsync(new SyncNvdCommand(uri, key) { Start = from, Progress = progress }, ctx));
        });
        return command;
    }

    private static Command Document(GlobalOptions global, string name, Uri fallback, string what,
        Func<CliHost, Uri?, IProgress<FeedProgress>, CancellationToken, Task<Result<FeedSyncSummary>>> sync)
    {
        var url = UrlOption(fallback);
        var command = new Command(name, $"Download {what} and import it when it is newer") { url };
        command.SetAction((parse, ct) => RunAsync(global, parse, url, ct, sync));
        return command;
    }

    private static async Task<int> RunAsync(GlobalOptions global, ParseResult parse, Option<string?> urlOption, CancellationToken cancellationToken,
        Func<CliHost, Uri?, IProgress<FeedProgress>, CancellationToken, Task<Result<FeedSyncSummary>>> sync)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        Uri? url = null;
        if (parse.GetValue(urlOption) is { } text
            && (!Uri.TryCreate(text, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
        {
            return CliOutput.Usage(error, $"--url: '{text}' is not an absolute http(s) URL.");
        }

        return await CliHost.RunForTenantAsync(global, parse, cancellationToken, async host =>
        {
            var result = await global.Progress.RunAsync("sync", CliProgress.Unknown, output, error,
                lines => sync(host, url, new ProgressOf(lines), cancellationToken));
            if (!result.TryGetValue(out var summary))
            {
                return CliOutput.Fail(error, result.Error!);
            }

            if (summary.Error is { } failure)
            {
                CliOutput.Fail(error, failure);
            }

            await output.WriteLineAsync(summary.ToString());
            return summary.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
        });
    }

    private static Command Status(GlobalOptions global)
    {
        var command = new Command("status", "Where each feed stands: watermark, last success, last error, lease");
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var host = await CliHost.OpenAsync(CliHost.ChooseDatabase(parse.GetValue(global.Db), parse.GetValue(global.Postgres)), ct);
            foreach (var state in await host.Get<FeedStates>().ListAsync(ct))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{state.Name}\twatermark {state.Watermark ?? "-"}\tlast success {state.LastSuccessAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"}"
                    + $"\tlast error {state.LastError ?? "-"}\tlease {(state.LeaseOwner is null ? "free" : $"{state.LeaseOwner} until {state.LeaseUntil:u}")}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
