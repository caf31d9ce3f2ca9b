namespace MedVigil.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("no-such-command")]
    [InlineData("import", "inventory")]
    [InlineData("apikey", "create", "ci")]
    [InlineData("serve", "--log-format", "xml")]
    public async Task ABadCommandLineExitsWithTwo(params string[] args)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync(args);

        run.Exit.ShouldBe(ExitCodes.Usage, run.ToString());
        run.Error.ShouldContain("usage error");
    }

    [Fact]
    public async Task AMissingFileIsAUsageErrorNamingIt()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("import", "inventory", "/no/such/inventory.csv");

        run.Exit.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("/no/such/inventory.csv");
    }

    [Fact]
    public async Task HelpListsTheCommands()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("--help");

        run.Exit.ShouldBe(ExitCodes.Ok);
        foreach (var command in new[] { "demo", "serve", "import", "user", "apikey", "audit", "tenant", "score", "purl", "cpe", "version", "validate", "risk" })
        {
            run.Output.ShouldContain(command);
        }
    }
}
