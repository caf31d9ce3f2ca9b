namespace MedVigil.Cli.Tests;

public sealed class ScoreCommandTests
{
    private const string V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    private const string V20 = "AV:N/AC:L/Au:N/C:P/I:P/A:P";

    [Fact]
    public async Task EachVectorGetsItsScoreAndRatingOnALineOfItsOwn()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("score", "cvss", V31, V40, V20, $"({V20})");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe(
            $"{V31}\t9.8\tCritical\n" +
            $"{V40}\t9.3\tCritical\n" +
            $"{V20}\t7.5\tHigh\n" +
            $"({V20})\t7.5\tHigh\n");
    }

    [Fact]
    public async Task WithoutArgumentsTheVectorsComeFromStandardInputOnePerLine()
    {
        var run = await Cli.OnNewSqliteFile().RunWithInputAsync($"{V31}\n\n  {V20}  \r\n", "score", "cvss");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe($"{V31}\t9.8\tCritical\n{V20}\t7.5\tHigh\n");
    }

    [Fact]
    public async Task ARejectedVectorIsReportedInItsPlaceAndTheRunExitsWithOne()
    {
        var run = await Cli.OnNewSqliteFile().RunWithInputAsync($"CVSS:3.1/AV:Q/AC:L\n{V31}\n", "score", "cvss");

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Output.ShouldBe(
            "CVSS:3.1/AV:Q/AC:L\terror\t'Q' at position 12 is not a value of the CVSS v3.1 metric AV (allowed: N, A, L, P).\n" +
            $"{V31}\t9.8\tCritical\n");
    }

    [Fact]
    public async Task AllAddsTemporalAndEnvironmentalColumnsWithADashWhereTheVectorDefinesNone()
    {
        const string V2Full = "AV:L/AC:M/Au:S/C:N/I:P/A:C/E:U/RL:OF/RC:UR/CDP:N/TD:L/CR:H/IR:H/AR:H";
        const string V30Full = "CVSS:3.0/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:N/A:H/E:H/RL:W/RC:U/CR:H/IR:H/AR:M/MAV:L/MAC:L/MPR:H/MUI:N/MS:C/MC:N/MI:H/MA:L";

        var run = await Cli.OnNewSqliteFile().RunAsync("score", "cvss", "--all", V2Full, V30Full, V31 + "/E:U", V40 + "/E:U");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe(
            $"{V2Full}\t5.0\tMedium\t3.5\t1.2\n" +
            $"{V30Full}\t5.8\tMedium\t5.2\t7.4\n" +
            $"{V31}/E:U\t9.8\tCritical\t9.0\t-\n" +
            $"{V40}/E:U\t8.1\tHigh\t-\t-\n");
    }

    [Fact]
    public async Task EmptyInputScoresNothingAndSucceeds()
    {
        var run = await Cli.OnNewSqliteFile().RunWithInputAsync("", "score", "cvss");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBeEmpty();
    }
}
