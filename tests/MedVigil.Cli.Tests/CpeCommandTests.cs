namespace MedVigil.Cli.Tests;

public sealed class CpeCommandTests
{
    [Theory]
    [InlineData("cpe:2.3:o:linux:linux_kernel:*:*:*:*:*:*:*:*", "cpe:2.3:o:linux:linux_kernel:5.15.37:*:*:*:*:*:*:*", "SUPERSET")]
    [InlineData("cpe:2.3:o:linux:linux_kernel:5.15.37:*:*:*:*:*:*:*", "cpe:2.3:o:linux:linux_kernel:*:*:*:*:*:*:*:*", "SUBSET")]
    [InlineData("cpe:/a:hp:insight_diagnostics:7.4.0.1570:-:~~online~win2003~x64~", "cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*", "EQUAL")]
    [InlineData("cpe:2.3:a:gnu:zsh:*:*:*:*:*:*:*:*", "cpe:/a:gnu:bash:4.2", "DISJOINT")]
    [InlineData("cpe:2.3:a:amd:*:*:*:*:*:*:*:*:*", "cpe:2.3:a:*:zstandard:1.5.2:*:*:*:*:*:*:*", "UNDEFINED")]
    public async Task MatchPrintsTheRelationOnOneLine(string source, string target, string relation)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("cpe", "match", source, target);

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe(relation + "\n");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheVulnerabilityOptionAddsTheGuardedVerdict()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync(
            "cpe", "match", "--vulnerability", "cpe:2.3:a:amd:*:*:*:*:*:*:*:*:*", "cpe:2.3:a:*:zstandard:1.5.2:*:*:*:*:*:*:*");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe("UNDEFINED\tvendor-product-crossed\n");
    }

    [Fact]
    public async Task ABadNameIsAnErrorNamingItsPosition()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("cpe", "match", "cpe:2.3:a:ven@dor:product:*:*:*:*:*:*:*:*", "cpe:/a:gnu:bash");

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldStartWith("error\tsource: ");
        run.Error.ShouldContain("position 13: '@'");
    }

    [Fact]
    public async Task AMissingTargetIsAUsageError()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("cpe", "match", "cpe:/a:gnu:bash");

        run.Exit.ShouldBe(ExitCodes.Usage, run.ToString());
        run.Error.ShouldContain("usage error");
    }
}
