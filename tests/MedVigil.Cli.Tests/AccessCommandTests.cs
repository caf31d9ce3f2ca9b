using System.Text.RegularExpressions;

namespace MedVigil.Cli.Tests;

public sealed class AccessCommandTests
{
    [Fact]
    public async Task AKeyIsShownOnceListedWithoutItsSecretAndRevoked()
    {
        var cli = Cli.OnNewSqliteFile();

        var created = await cli.RunAsync("apikey", "create", "siem-export", "--role", "Auditor");
        var token = Regex.Match(created.Output, "Token \\(shown once\\): (mvk_\\S+)").Groups[1].Value;
        var id = Regex.Match(created.Output, "id ([0-9a-f-]{36})").Groups[1].Value;
        var listed = await cli.RunAsync("apikey", "list");
        var revoked = await cli.RunAsync("apikey", "revoke", id);
        var again = await cli.RunAsync("apikey", "revoke", id);

        created.Exit.ShouldBe(0, created.ToString());
        token.ShouldStartWith("mvk_");
        listed.Output.ShouldContain("siem-export\tAuditor\tactive");
        listed.Output.ShouldNotContain(token[^20..]);
        revoked.Exit.ShouldBe(0);
        again.Exit.ShouldBe(ExitCodes.Failed);
        again.Error.ShouldContain("already revoked");
    }

    [Fact]
    public async Task AnUnknownRoleIsRefusedWithTheAcceptedOnes()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("apikey", "create", "x", "--role", "Root");

        run.Exit.ShouldBe(ExitCodes.Failed);
        run.Error.ShouldContain("SecurityAnalyst");
    }

    [Fact]
    public async Task AUserGetsAGeneratedPasswordShownOnce()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("user", "add", "biomed@example.org", "--role", "ClinicalEngineer");

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("User biomed@example.org added with role ClinicalEngineer.");
        Regex.IsMatch(run.Output, "Password \\(shown once\\): \\S{20}").ShouldBeTrue();
    }

    [Fact]
    public async Task APasswordCanComeFromStandardInput()
    {
        var cli = Cli.OnNewSqliteFile();

        var run = await cli.RunWithInputAsync("a long enough passphrase\n", "user", "add", "ciso@example.org", "--role", "SecurityAnalyst", "--password-stdin");
        var weak = await cli.RunWithInputAsync("short\n", "user", "add", "intern@example.org", "--role", "Viewer", "--password-stdin");

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldNotContain("Password (shown once)");
        weak.Exit.ShouldBe(ExitCodes.Failed);
        weak.Error.ShouldContain("password");
    }

    [Fact]
    public async Task ANamedTenantMustExistAndTheHintSaysHowToCreateIt()
    {
        var cli = Cli.OnNewSqliteFile();

        var missing = await cli.RunAsync("apikey", "list", "--tenant", "st-elsewhere");
        await cli.RunAsync("tenant", "create", "st-elsewhere", "--name", "St. Elsewhere");
        var found = await cli.RunAsync("apikey", "list", "--tenant", "st-elsewhere");

        missing.Exit.ShouldBe(ExitCodes.Failed);
        missing.Error.ShouldContain("medvigil tenant create st-elsewhere");
        found.Exit.ShouldBe(0);
    }
}
