namespace MedVigil.Cli.Tests;

public sealed class VersionCommandTests
{
    [Theory]
    [InlineData("deb", "2:9.0.0", "8.3.2", ">")] // the epoch wins (the Dependency-Track #5894 bug)
    [InlineData("debian", "1.0~rc1", "1.0", "<")] // an alias, and '~' before the release
    [InlineData("pypi", "1.0", "1.0.0", "=")]
    [InlineData("MAVEN", "1.0-SNAPSHOT", "1.0", "<")]
    [InlineData("firmware", "V4.00_12", "4.0.12", "=")]
    public async Task CompareTwoVersionsPrintsTheirOrder(string scheme, string a, string b, string expected)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("version", "compare", scheme, a, b);

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe(expected + Environment.NewLine);
    }

    [Fact]
    public async Task AnUnknownSchemeIsAUsageErrorThatListsTheSchemes()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("version", "compare", "cobol", "1", "2");

        run.Exit.ShouldBe(ExitCodes.Usage, run.ToString());
        run.Error.ShouldContain("unknown scheme 'cobol'");
        run.Error.ShouldContain("deb");
        run.Error.ShouldContain("pypi");
        run.Error.ShouldContain("debian");
    }

    [Fact]
    public async Task ABadVersionFailsNamingIt()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("version", "compare", "semver", "1.0.0", "1.0");

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Error.ShouldContain("'1.0' is not a valid semver version");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task CompareNeedsTwoVersions()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("version", "compare", "semver", "1.0.0");

        run.Exit.ShouldBe(ExitCodes.Usage, run.ToString());
    }

    [Fact]
    public async Task CompareFromStandardInputPrintsOneResultPerLineAndFailsIfAnyLineFailed()
    {
        var run = await Cli.OnNewSqliteFile().RunWithInputAsync("1.0.0 2.0.0\n2.0.0 1.0.0\nnot-a-version 1.0.0\n\n1.0.0 1.0.0+build\n", "version", "compare", "semver", "--stdin");

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(5);
        lines[0].ShouldBe("<");
        lines[1].ShouldBe(">");
        lines[2].ShouldStartWith("not-a-version 1.0.0\terror\t");
        lines[2].ShouldContain("'not-a-version' is not a valid semver version");
        lines[3].ShouldStartWith("\terror\t");
        lines[4].ShouldBe("=");
    }

    [Fact]
    public async Task CompareFromStandardInputAcceptsTabSeparatedVersionsThatContainSpaces()
    {
        var run = await Cli.OnNewSqliteFile().RunWithInputAsync("2.1 SP3\t2.1.3\n1.2.3 build 45\t1.2.3 build 46\n", "version", "compare", "vendor", "--stdin");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe($"={Environment.NewLine}<{Environment.NewLine}");
    }

    [Theory]
    [InlineData("vers:deb/<9.0.0", "2:8.0.0", "false")]
    [InlineData("vers:npm/>=1.0.0|<2.0.0", "1.5.0", "true")]
    [InlineData("vers:gem/>=2.2.0|!=2.2.1|<2.3.0", "2.2.1", "false")]
    public async Task ContainsPrintsWhetherTheRangeHoldsTheVersion(string vers, string version, string expected)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("version", "contains", vers, version);

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe(expected + Environment.NewLine);
    }

    [Fact]
    public async Task ANonCanonicalVersFailsAndShowsItsCanonicalForm()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("version", "contains", "vers:npm/<2.0.0|>=1.0.0|>=1.0.0", "1.5.0");

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Error.ShouldContain("not sorted");
        run.Error.ShouldContain("Its canonical form is 'vers:npm/>=1.0.0|<2.0.0'");
    }

    [Fact]
    public async Task ABadVersionForContainsFailsNamingIt()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("version", "contains", "vers:npm/>=1.0.0", "one");

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Error.ShouldContain("'one' is not a valid npm version");
    }
}
