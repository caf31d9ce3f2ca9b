using System.Globalization;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class RiskCommandTests
{
    private static readonly string[] Deployer = ["risk", "ssvc", "--exploitation", "public-poc", "--exposure", "open", "--automatable", "yes"];

    [Fact]
    public async Task TheDecisionComesFirstThenTheTableRowThatDecidedIt()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync([.. Deployer, "--human-impact", "very-high"]);

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe(
            "out-of-cycle\n" +
            "Deployer Patch Application Priority (ssvc:DT_DP:1.0.0) row 47: Exploitation = Public PoC, System Exposure = Open, "
            + "Automatable = Yes, Human Impact = Very High → Out-of-Cycle\n");
        run.Error.ShouldBeEmpty();
    }

    // Human Impact 2.0.2's prose says Marginal ∧ MEF Failure is High; the official table (canonical) says Medium, and
    // with High this row would be row 66 of the deployer table, not 65 (both Out-of-Cycle, so only the rows tell).
    [Fact]
    public async Task SafetyAndMissionImpactDeriveHumanImpactByTheTableNotTheProse()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync(
            "risk", "ssvc", "--exploitation", "active", "--exposure", "open", "--automatable", "no",
            "--safety-impact", "marginal", "--mission-impact", "mef-failure");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe(
            "out-of-cycle\n" +
            "Deployer Patch Application Priority (ssvc:DT_DP:1.0.0) row 65: Exploitation = Active, System Exposure = Open, "
            + "Automatable = No, Human Impact = Medium → Out-of-Cycle\n" +
            "  where Human Impact (ssvc:DT_HI:1.0.0) row 6: Safety Impact = Marginal, Mission Impact = MEF Failure → Medium\n");
    }

    [Fact]
    public async Task EveryRowOfTheOfficialDeployerCsvIsDecidedTheSameFromTheCommandLine()
    {
        var rows = OfficialRows("deployer_patch_application_priority_1_0_0.csv");
        var wrong = new List<string>();
        foreach (var c in rows)
        {
            var run = await Cli.OnNewSqliteFile().RunAsync(
                "risk", "ssvc", "--exploitation", Typed(c[1]), "--exposure", Typed(c[2]), "--automatable", Typed(c[3]), "--human-impact", Typed(c[4]));
            var lines = run.Output.Split('\n');
            if (run.Exit != ExitCodes.Ok || lines[0] != Typed(c[5]) || !lines[1].Contains($" row {c[0]}: ", StringComparison.Ordinal))
            {
                wrong.Add($"row {c[0]} [{string.Join(", ", c[1..5])}] → {c[5]}: {run}");
            }
        }

        rows.Count.ShouldBe(72);
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryRowOfTheOfficialHumanImpactCsvIsDerivedTheSameFromTheCommandLine()
    {
        var rows = OfficialRows("human_impact_1_0_0.csv");
        var wrong = new List<string>();
        foreach (var c in rows)
        {
            var run = await Cli.OnNewSqliteFile().RunAsync(
                "risk", "ssvc", "--exploitation", "none", "--exposure", "small", "--automatable", "no",
                "--safety-impact", Typed(c[1]), "--mission-impact", Typed(c[2]));
            var lines = run.Output.Split('\n');
            var humanImpact = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(c[3]);
            if (run.Exit != ExitCodes.Ok || !lines[1].EndsWith($"Human Impact = {humanImpact} → {DeployerOutcomeOf(humanImpact)}", StringComparison.Ordinal)
                || lines[2] != $"  where Human Impact (ssvc:DT_HI:1.0.0) row {c[0]}: Safety Impact = {Name(c[1])}, Mission Impact = {Name(c[2])} → {humanImpact}")
            {
                wrong.Add($"row {c[0]} [{c[1]}, {c[2]}] → {c[3]}: {run}");
            }
        }

        rows.Count.ShouldBe(16);
        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("P")]
    [InlineData("Public PoC")]
    [InlineData("public_poc")]
    [InlineData("ssvc:E:1.1.0:P")]
    public async Task AValueIsReadByItsOfficialKeyNameOrSummary(string exploitation)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync(
            "risk", "ssvc", "--exploitation", exploitation, "--exposure", "O", "--automatable", "Y", "--human-impact", "VH");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldStartWith("out-of-cycle\n");
    }

    [Theory]
    [InlineData("--exploitation", "exploited", "none, public-poc, active (or the keys N, P, A)")]
    [InlineData("--exposure", "internet", "small, controlled, open (or the keys S, C, O)")]
    [InlineData("--automatable", "maybe", "no, yes (or the keys N, Y)")]
    [InlineData("--human-impact", "severe", "low, medium, high, very-high (or the keys L, M, H, VH)")]
    public async Task ABadValueIsAUsageErrorNamingTheOptionAndTheAllowedValues(string option, string value, string allowed)
    {
        string[] args = ["risk", "ssvc", "--exploitation", "none", "--exposure", "small", "--automatable", "no", "--human-impact", "low"];
        args[Array.IndexOf(args, option) + 1] = value;

        var run = await Cli.OnNewSqliteFile().RunAsync(args);

        run.Exit.ShouldBe(ExitCodes.Usage, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain($"usage error: {option}: '{value}' is not a value of ");
        run.Error.ShouldContain($"; allowed: {allowed}.");
    }

    [Theory]
    [InlineData("give --human-impact, or --safety-impact with --mission-impact.")]
    [InlineData("give --human-impact, or --safety-impact with --mission-impact, not both.", "--human-impact", "low", "--safety-impact", "critical")]
    [InlineData("give --human-impact, or --safety-impact with --mission-impact, not both.", "--human-impact", "low", "--mission-impact", "degraded")]
    [InlineData("--safety-impact needs --mission-impact", "--safety-impact", "critical")]
    [InlineData("--mission-impact needs --safety-impact", "--mission-impact", "mission-failure")]
    public async Task HumanImpactIsGivenOrDerivedNeverBothNorHalf(string message, params string[] impacts)
    {
        var run = await Cli.OnNewSqliteFile().RunAsync([.. Deployer, .. impacts]);

        run.Exit.ShouldBe(ExitCodes.Usage, run.ToString());
        run.Error.ShouldContain($"usage error: {message}");
    }

    [Fact]
    public async Task AMissingInputIsAUsageError()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("risk", "ssvc", "--exposure", "open", "--automatable", "yes", "--human-impact", "low");

        run.Exit.ShouldBe(ExitCodes.Usage, run.ToString());
        run.Error.ShouldContain("--exploitation");
    }

    [Fact]
    public async Task ItTouchesNoDatabase()
    {
        var cli = Cli.OnNewSqliteFile();

        (await cli.RunAsync([.. Deployer, "--human-impact", "low"])).Exit.ShouldBe(ExitCodes.Ok);

        File.Exists(cli.DatabaseArgument).ShouldBeFalse();
    }

    /// <summary>The CSV rows after the header, cells split (the SSVC CSVs quote only the header).</summary>
    private static List<string[]> OfficialRows(string file) =>
        File.ReadAllLines(SharedData.Path("ssvc", "csv", "ssvc", file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    /// <summary>A CSV cell as a person types it on the command line: <c>public poc</c> → <c>public-poc</c>.</summary>
    private static string Typed(string cell) => cell.Replace(' ', '-');

    /// <summary>The official names the explanation prints, e.g. <c>mef support crippled</c> → <c>MEF Support Crippled</c>.</summary>
    private static string Name(string cell) => string.Join(' ', cell.Split(' ').Select(w => w == "mef" ? "MEF" : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w)));

    // none/small/no: rows 0–3 of the deployer table.
    private static string DeployerOutcomeOf(string humanImpact) => humanImpact is "Low" or "Medium" ? "Defer" : "Scheduled";
}
