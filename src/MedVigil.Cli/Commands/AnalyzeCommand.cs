using System.CommandLine;
using System.Globalization;
using MedVigil.Application.Findings;

namespace MedVigil.Cli.Commands;

/// <summary><c>medvigil analyze [--full]</c>: match the tenant's model versions and devices against every advisory.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(GlobalOptions global)
    {
        var full = new Option<bool>("--full") { Description = "Evaluate everything, not only what changed since the last run" };
        var command = new Command("analyze", "Match the inventory against every imported advisory and store explained findings") { full };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<AnalyzeFindings>().ExecuteAsync(new Application.Findings.AnalyzeCommand(parse.GetValue(full)), ct);
            if (!result.IsSuccess)
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error);
            }

            var s = result.Value;

            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{(s.Full ? "full" : "incremental")} analysis: {s.EvaluatedAdvisories} advisories and {s.EvaluatedTargets} model versions evaluated " +
                $"({s.Statements} statements, {s.Targets} model versions held); findings {s.Opened} opened, {s.Updated} updated, " +
                $"{s.Retracted} retracted, {s.Open} open; load {s.Load.TotalMilliseconds:F0} ms, match {s.Match.TotalMilliseconds:F0} ms, " +
                $"write {s.Persist.TotalMilliseconds:F0} ms"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
