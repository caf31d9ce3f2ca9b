using Spectre.Console;

namespace MedVigil.Cli;

/// <summary>Where a long run writes while its progress bar is drawn, and how it moves the bar on.</summary>
internal sealed record ProgressLines(TextWriter Output, TextWriter Error, Action Advance);

/// <summary>
/// A progress bar for runs over many documents, drawn only when the command writes to a terminal: piped or captured
/// output stays exactly the lines it always was. While the bar is up, the run's lines go through the same console so
/// they scroll above the bar instead of tearing it.
/// </summary>
internal sealed class CliProgress(IAnsiConsole? terminal)
{
    /// <summary>No terminal: every run writes straight to its writers.</summary>
    public static readonly CliProgress None = new(null);

    /// <summary>Fewer items than this finish before a bar would be worth drawing.</summary>
    public const int MinimumItems = 2;

    public async Task<T> RunAsync<T>(string description, int items, TextWriter output, TextWriter error, Func<ProgressLines, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (terminal is null || items < MinimumItems)
        {
            return await work(new ProgressLines(output, error, () => { }));
        }

        return await terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: items);
                using var lines = new TerminalLineWriter(terminal);
                return await work(new ProgressLines(lines, lines, () => task.Increment(1)));
            });
    }

    /// <summary>Whole lines to the console, as plain text (no markup), so the live bar is redrawn below them.</summary>
    private sealed class TerminalLineWriter(IAnsiConsole console) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        private readonly System.Text.StringBuilder line = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        // Every other Write and WriteLine of TextWriter ends up here, one character at a time.
        public override void Write(char value)
        {
            switch (value)
            {
                case '\n':
                    console.Write(new Text(line.Append('\n').ToString()));
                    line.Clear();
                    break;
                case '\r':
                    break;
                default:
                    line.Append(value);
                    break;
            }
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && line.Length > 0)
            {
                Write('\n');
            }

            base.Dispose(disposing);
        }
    }
}
