using System.Text.Json;
using FsCheck.Xunit;
using MedVigil.Standards.Ssvc;

namespace MedVigil.Standards.Tests.Ssvc;

/// <summary>
/// Raising any input one level never lowers the outcome. Checked on CERT/CC's own tables (independently of our code,
/// so a non-monotone official row would be reported here) and as FsCheck properties of our functions.
/// </summary>
public sealed class MonotonicityTests
{
    [Theory]
    [InlineData("ssvc", "deployer_patch_application_priority_1_0_0.json")]
    [InlineData("ssvc", "human_impact_1_0_0.json")]
    [InlineData("cisa", "cisa_coordinator_2_0_3.json")]
    public void TheOfficialTableNeverLowersItsOutcomeWhenAnInputRises(string ns, string file)
    {
        using var json = OfficialTableFiles.Json("json", "decision_tables", ns, file);
        var root = json.RootElement;
        var outcome = root.GetProperty("outcome").GetString()!;
        var inputs = OfficialTableFiles.InputColumns(json);
        var levels = root.GetProperty("decision_points").EnumerateObject().ToDictionary(
            p => p.Name, p => p.Value.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("key").GetString()!).ToList());
        var table = root.GetProperty("mapping").EnumerateArray().ToDictionary(
            row => string.Join(",", inputs.Select(i => levels[i].IndexOf(row.GetProperty(i).GetString()!))),
            row => levels[outcome].IndexOf(row.GetProperty(outcome).GetString()!));

        var violations = new List<string>();
        foreach (var (key, level) in table)
        {
            var ordinals = key.Split(',').Select(int.Parse).ToArray();
            for (var i = 0; i < ordinals.Length; i++)
            {
                var raised = (int[])ordinals.Clone();
                raised[i]++;
                if (table.TryGetValue(string.Join(",", raised), out var higher) && higher < level)
                {
                    violations.Add($"raising {inputs[i]} from [{key}] lowers {outcome} from {level} to {higher}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{file}: {table.Count} rows, {violations.Count} monotonicity violations.");
        violations.ShouldBeEmpty();
    }

    [Property]
    public bool RaisingAnyDeployerInputNeverLowersThePriority(byte e, byte x, byte a, byte h, byte which)
    {
        int[] counts = [3, 3, 2, 4];
        int[] inputs = [e % 3, x % 3, a % 2, h % 4];
        var raised = Raise(inputs, counts, which);
        return Deployer(raised) >= Deployer(inputs);

        static DeployerPriority Deployer(int[] i) =>
            SsvcDeployer.Decide((Exploitation)i[0], (SystemExposure)i[1], (Automatable)i[2], (HumanImpact)i[3]);
    }

    [Property]
    public bool RaisingSafetyOrMissionImpactNeverLowersHumanImpact(byte s, byte m, byte which)
    {
        int[] counts = [4, 4];
        int[] inputs = [s % 4, m % 4];
        var raised = Raise(inputs, counts, which);
        return HumanImpactTable.Of((SafetyImpact)raised[0], (MissionImpact)raised[1])
            >= HumanImpactTable.Of((SafetyImpact)inputs[0], (MissionImpact)inputs[1]);
    }

    [Property]
    public bool RaisingAnyCisaInputNeverLowersTheLevel(byte e, byte a, byte t, byte mp, byte pwi, byte which)
    {
        int[] counts = [3, 2, 2, 3, 3];
        int[] inputs = [e % 3, a % 2, t % 2, mp % 3, pwi % 3];
        var raised = Raise(inputs, counts, which);
        return Cisa(raised) >= Cisa(inputs);

        static CisaPriority Cisa(int[] i) => CisaCoordinator.Decide(
            (Exploitation)i[0], (Automatable)i[1], (TechnicalImpact)i[2], (MissionPrevalence)i[3], (PublicWellBeingImpact)i[4]);
    }

    private static int[] Raise(int[] inputs, int[] counts, byte which)
    {
        var raised = (int[])inputs.Clone();
        var i = which % inputs.Length;
        raised[i] = Math.Min(raised[i] + 1, counts[i] - 1);
        return raised;
    }
}
