using System.Text;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary>Runs <c>medvigil</c> in-process against a database of the test's own and keeps what it printed.</summary>
internal sealed class Cli
{
    private readonly string[] _database;

    private Cli(string[] database) => _database = database;

    public static Cli OnNewSqliteFile() => new(["--db", TestDatabases.NewSqliteFile()]);

    /// <summary>SQLite: a file of its own; PostgreSQL: the shared test database (tests use tenants of their own).</summary>
    public static async Task<Cli> OnAsync(DatabaseKind kind) => kind == DatabaseKind.Sqlite
        ? OnNewSqliteFile()
        : new(["--postgres", ConnectionString(await TestDatabases.ProviderAsync(kind))]);

    public string DatabaseArgument => _database[1];

    public Task<Run> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input.</summary>
    public async Task<Run> RunWithInputAsync(string stdin, params string[] args)
    {
        var output = new StringWriter(new StringBuilder());
        var error = new StringWriter(new StringBuilder());
        var exit = await CliApp.RunAsync([.. args, .. _database], new StringReader(stdin), output, error, TestContext.Current.CancellationToken);
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs as on a terminal: a console that understands ANSI draws on the same writer as standard output.</summary>
    public async Task<Run> RunOnTerminalAsync(params string[] args)
    {
        var output = new StringWriter(new StringBuilder());
        var error = new StringWriter(new StringBuilder());
        var terminal = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Ansi = Spectre.Console.AnsiSupport.Yes,
            Interactive = Spectre.Console.InteractionSupport.Yes,
            ColorSystem = Spectre.Console.ColorSystemSupport.Standard,
            Out = new Spectre.Console.AnsiConsoleOutput(output),
        });
        var exit = await CliApp.RunAsync([.. args, .. _database], TextReader.Null, output, error, TestContext.Current.CancellationToken, terminal);
        return new Run(exit, output.ToString(), error.ToString());
    }

    private static string ConnectionString(Persistence.IDatabaseProvider provider)
    {
        // The provider keeps its connection string private; rebuild it from the same environment the tests use.
        var server = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabases.PostgresServerOrSkip());
        server.Database = provider.DisplayName[(provider.DisplayName.LastIndexOf('/') + 1)..];
        return server.ConnectionString;
    }
}

internal sealed record Run(int Exit, string Output, string Error)
{
    public override string ToString() => $"exit {Exit}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
