using Spectre.Console;

namespace MedVigil.Cli;

/// <summary>
/// Where a long run writes while its progress bar is drawn, and how it moves the bar on: one item at a time
/// (<see cref="Advance"/>), or to a count it learns as it goes (<see cref="Report"/>: what, done, of how many).
/// </summary>
internal sealed record ProgressLines(TextWriter Output, TextWriter Error, Action Advance, Action<string, int, int> Report);

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

    /// <summary>The item count of a run that learns its total as it goes (a feed's listing, an API's pages).</summary>
    public const int Unknown = -1;

    /// <summary>
    /// Runs <paramref name="work"/> over <paramref name="items"/> items under a bar (unknown: -1, until the work reports
    /// a total); straight to <paramref name="output"/> and <paramref name="error"/> when there is no terminal.
    /// </summary>
    public async Task<T> RunAsync<T>(string description, int items, TextWriter output, TextWriter error, Func<ProgressLines, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (terminal is null || (items >= 0 && items < MinimumItems))
        {
            return await work(new ProgressLines(output, error, () => { }, (_, _, _) => { }));
        }

        return await terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(items, 1));
                task.IsIndeterminate = items < 0;
                using var lines = new TerminalLineWriter(terminal);
                return await work(new ProgressLines(lines, lines, () => task.Increment(1), (what, done, total) =>
                {
                    task.Description = Markup.Escape($"{description} {what}");
                    task.IsIndeterminate = false;
                    task.MaxValue = Math.Max(total, 1);
                    task.Value = done;
                }));
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
