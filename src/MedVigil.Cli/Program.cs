using MedVigil.Cli;
using Spectre.Console;

// Progress bars only on a terminal: when output is piped or redirected, it stays plain lines.
var terminal = Console.IsOutputRedirected || Console.IsErrorRedirected ? null : AnsiConsole.Console;
return await CliApp.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None, terminal);
