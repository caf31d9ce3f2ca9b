using MedVigil.Standards.Ssvc;
using P = MedVigil.Standards.Ssvc.SsvcDecisionPoints;

namespace MedVigil.Standards.Tests.Ssvc;

/// <summary>
/// Walks every row of every official SSVC table file we implement and compares our outcome and row number, so that
/// drift between the embedded tables and CERT/CC's data fails. JSON cells are parsed as value summaries
/// (<c>ssvc:E:1.1.0:P</c>), CSV cells by name (<c>public poc</c>).
/// </summary>
public sealed class OfficialTableConformanceTests
{
    [Fact]
    public void EveryRowOfTheOfficialDeployerJsonTableDecidesTheSameOutcome() =>
        Walk("json/decision_tables/ssvc/deployer_patch_application_priority_1_0_0.json",
            OfficialTableFiles.JsonCases(OfficialTableFiles.Json("json", "decision_tables", "ssvc", "deployer_patch_application_priority_1_0_0.json")),
            Deployer);

    [Fact]
    public void EveryRowOfTheOfficialDeployerCsvTableDecidesTheSameOutcome() =>
        Walk("csv/ssvc/deployer_patch_application_priority_1_0_0.csv",
            OfficialTableFiles.CsvCases(["csv", "ssvc", "deployer_patch_application_priority_1_0_0.csv"], numbered: true), Deployer);

    // The file SSVC deleted in c5be80f, numbered from 1 and naming Public PoC by its 1.0.0 name "PoC".
    [Fact]
    public void EveryRowOfTheLegacyDeployerOptionsDecidesTheSameOutcome() =>
        Walk("legacy-csvs/deployer-options.csv",
            OfficialTableFiles.CsvCases(["legacy-csvs", "deployer-options.csv"], numbered: true), Deployer, firstRow: 1);

    [Fact]
    public void EveryRowOfTheOfficialHumanImpactJsonTableDecidesTheSameOutcome() =>
        Walk("json/decision_tables/ssvc/human_impact_1_0_0.json",
            OfficialTableFiles.JsonCases(OfficialTableFiles.Json("json", "decision_tables", "ssvc", "human_impact_1_0_0.json")), HumanImpact);

    [Fact]
    public void EveryRowOfTheOfficialHumanImpactCsvTableDecidesTheSameOutcome() =>
        Walk("csv/ssvc/human_impact_1_0_0.csv",
            OfficialTableFiles.CsvCases(["csv", "ssvc", "human_impact_1_0_0.csv"], numbered: true), HumanImpact);

    [Fact]
    public void EveryRowOfTheOfficialCisaCoordinatorJsonTableDecidesTheSameOutcome() =>
        Walk("json/decision_tables/cisa/cisa_coordinator_2_0_3.json",
            OfficialTableFiles.JsonCases(OfficialTableFiles.Json("json", "decision_tables", "cisa", "cisa_coordinator_2_0_3.json")), Cisa);

    [Fact]
    public void EveryRowOfTheOfficialCisaCoordinatorCsvTableDecidesTheSameOutcome() =>
        Walk("csv/cisa/cisa_coordinator_2_0_3.csv",
            OfficialTableFiles.CsvCases(["csv", "cisa", "cisa_coordinator_2_0_3.csv"], numbered: true), Cisa);

    [Fact]
    public void EveryRowOfTheLegacyMissionAndWellBeingTreeDecidesTheSameOutcome() =>
        Walk("legacy-csvs/child_trees/mission-and-well-being.csv",
            OfficialTableFiles.CsvCases(["legacy-csvs", "child_trees", "mission-and-well-being.csv"], numbered: false), MissionAndWellBeing);

    [Theory]
    [InlineData("ssvc", "deployer_patch_application_priority_1_0_0.json")]
    [InlineData("ssvc", "human_impact_1_0_0.json")]
    [InlineData("cisa", "cisa_coordinator_2_0_3.json")]
    public void AnEmbeddedTableHasTheOfficialIdNameAndColumns(string ns, string file)
    {
        using var json = OfficialTableFiles.Json("json", "decision_tables", ns, file);
        var root = json.RootElement;
        var id = $"{root.GetProperty("namespace").GetString()}:{root.GetProperty("key").GetString()}:{root.GetProperty("version").GetString()}";
        var table = new[] { SsvcDeployer.Table, HumanImpactTable.Table, CisaCoordinator.Table }.Single(t => t.Id == id);

        table.Name.ShouldBe(root.GetProperty("name").GetString());
        table.Inputs.Select(i => i.Id).ShouldBe(OfficialTableFiles.InputColumns(json));
        table.Outcome.Id.ShouldBe(root.GetProperty("outcome").GetString());
        table.RowCount.ShouldBe(root.GetProperty("mapping").GetArrayLength());
    }

    private sealed record TableUnderTest(
        SsvcDecisionTable Table, Func<IReadOnlyList<string>, SsvcTableRow> Explain, Func<string, SsvcValueInfo> Outcome);

    private static TableUnderTest Deployer { get; } = new(
        SsvcDeployer.Table,
        c => SsvcDeployer.Explain(P.Exploitation.Parse(c[0]), P.SystemExposure.Parse(c[1]), P.Automatable.Parse(c[2]), P.HumanImpact.Parse(c[3])).Because,
        s => P.DeployerPriority.Describe(P.DeployerPriority.Parse(s)));

    private static TableUnderTest HumanImpact { get; } = new(
        HumanImpactTable.Table,
        c => HumanImpactTable.Explain(P.SafetyImpact.Parse(c[0]), P.MissionImpact.Parse(c[1])).Because,
        s => P.HumanImpact.Describe(P.HumanImpact.Parse(s)));

    private static TableUnderTest Cisa { get; } = new(
        CisaCoordinator.Table,
        c => CisaCoordinator.Explain(P.Exploitation.Parse(c[0]), P.Automatable.Parse(c[1]), P.TechnicalImpact.Parse(c[2]), P.MissionAndWellBeingImpact.Parse(c[3])).Because,
        s => P.CisaPriority.Describe(P.CisaPriority.Parse(s)));

    private static TableUnderTest MissionAndWellBeing { get; } = new(
        MissionAndWellBeingTable.Table,
        c => MissionAndWellBeingTable.Explain(P.MissionPrevalence.Parse(c[0]), P.PublicWellBeingImpact.Parse(c[1])).Because,
        s => P.MissionAndWellBeingImpact.Describe(P.MissionAndWellBeingImpact.Parse(s)));

    private static void Walk(string suite, IReadOnlyList<TableCase> cases, TableUnderTest table, int firstRow = 0)
    {
        var run = new SuiteRun(suite);
        foreach (var c in cases)
        {
            var (ours, expected, problem) = Decide(table, c);
            run.Check($"row {c.Row}",
                problem is null && ours!.Outcome.Value == expected && ours.Row == c.Row - firstRow,
                () => problem ?? $"[{string.Join(", ", c.Inputs)}] should be {expected!.Name} at row {c.Row - firstRow}; ours: {ours}");
        }

        run.Verify();
        cases.Select(c => c.Row).Distinct().Count().ShouldBe(table.Table.RowCount, $"{suite} should cover every input combination once");
    }

    private static (SsvcTableRow? Ours, SsvcValueInfo? Expected, string? Problem) Decide(TableUnderTest table, TableCase c)
    {
        try
        {
            return (table.Explain(c.Inputs), table.Outcome(c.Outcome), null);
        }
        catch (FormatException e)
        {
            return (null, null, e.Message);
        }
    }
}
