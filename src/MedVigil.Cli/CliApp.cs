using System.CommandLine;
using MedVigil.Cli.Commands;
using Spectre.Console;

namespace MedVigil.Cli;

/// <summary>The <c>medvigil</c> command tree. Exit codes: 0 ok, 1 failed, 2 usage.</summary>
public static class CliApp
{
    /// <param name="input">Standard input, for commands that read values from it (vectors, versions, passwords).</param>
    /// <param name="terminal">The terminal the output goes to, for progress bars; null when it is piped or captured.</param>
    public static RootCommand Build(TextReader input, IAnsiConsole? terminal = null)
    {
        var global = new GlobalOptions { Progress = new CliProgress(terminal) };
        var root = new RootCommand("MedVigil: cybersecurity of connected medical devices, across their lifecycle.");
        foreach (var option in global.All)
        {
            root.Add(option);
        }

        root.Add(DemoCommand.Create(global));
        root.Add(ServeCommand.Create(global));
        root.Add(TenantCommand.Create(global));
        root.Add(UserCommand.Create(global, input));
        root.Add(ApiKeyCommand.Create(global));
        root.Add(AliasesCommand.Create(global));
        root.Add(ImportCommand.Create(global));
        root.Add(SyncCommand.Create(global));
        root.Add(AnalyzeCommand.Create(global));
        root.Add(FindingsCommand.Create(global));
        root.Add(RiskCommand.Create(global));
        root.Add(MitigationsCommand.Create(global));
        root.Add(AuditCommand.Create(global));
        root.Add(CpeCommand.Create());
        root.Add(PurlCommand.Create(input));
        root.Add(ScoreCommand.Create(input));
        root.Add(VersionCommand.Create(input));
        root.Add(ValidateCommand.Create());
        root.Add(BenchCommand.Create(global));
        return root;
    }

    /// <param name="terminal">The terminal <paramref name="output"/> is, for progress bars; null when it is piped or captured.</param>
    public static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken, IAnsiConsole? terminal = null)
    {
        var parse = Build(input, terminal).Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"usage error: {problem.Message}");
            }

            await error.WriteLineAsync("Run 'medvigil --help' for the commands and their options.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
