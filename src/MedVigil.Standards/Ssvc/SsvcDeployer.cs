namespace MedVigil.Standards.Ssvc;

/// <summary>
/// SSVC v2's deployer decision, <c>ssvc:DT_DP:1.0.0</c> "Deployer Patch Application Priority":
/// Exploitation × System Exposure × Automatable × Human Impact → Defer / Scheduled / Out-of-Cycle / Immediate (72 rows).
/// Pure functions over the embedded official table.
/// </summary>
public static class SsvcDeployer
{
    private const byte D = 0, S = 1, O = 2, I = 3;

    /// <summary>The embedded table (for listings and explanations).</summary>
    public static SsvcDecisionTable Table { get; } = new(
        "ssvc:DT_DP:1.0.0", "Deployer Patch Application Priority",
        [SsvcDecisionPoints.Exploitation, SsvcDecisionPoints.SystemExposure, SsvcDecisionPoints.Automatable, SsvcDecisionPoints.HumanImpact],
        SsvcDecisionPoints.DeployerPriority, Outcomes);

    // Rows by Exploitation, System Exposure, Automatable; columns Human Impact Low, Medium, High, Very High.
    private static ReadOnlySpan<byte> Outcomes =>
    [
        D, D, S, S, // none, small, no
        D, S, S, S, // none, small, yes
        D, S, S, S, // none, controlled, no
        S, S, S, S, // none, controlled, yes
        D, S, S, S, // none, open, no
        S, S, S, O, // none, open, yes
        D, S, S, S, // public poc, small, no
        S, S, S, S, // public poc, small, yes
        D, S, S, S, // public poc, controlled, no
        S, S, S, O, // public poc, controlled, yes
        S, S, S, O, // public poc, open, no
        S, S, O, O, // public poc, open, yes
        S, S, O, O, // active, small, no
        S, O, O, O, // active, small, yes
        S, S, O, O, // active, controlled, no
        O, O, O, O, // active, controlled, yes
        S, O, O, I, // active, open, no
        O, O, I, I, // active, open, yes
    ];

    /// <summary>The deployer's patch application priority.</summary>
    public static DeployerPriority Decide(
        Exploitation exploitation, SystemExposure exposure, Automatable automatable, HumanImpact humanImpact) =>
        (DeployerPriority)Outcomes[RowOf(exploitation, exposure, automatable, humanImpact)];

    /// <summary>The priority with Human Impact derived from safety and mission impact (<see cref="HumanImpactTable"/>).</summary>
    public static DeployerPriority Decide(
        Exploitation exploitation, SystemExposure exposure, Automatable automatable, SafetyImpact safety, MissionImpact mission) =>
        Decide(exploitation, exposure, automatable, HumanImpactTable.Of(safety, mission));

    /// <summary>The priority and the table row that decided it.</summary>
    public static SsvcDecision<DeployerPriority> Explain(
        Exploitation exploitation, SystemExposure exposure, Automatable automatable, HumanImpact humanImpact) =>
        Explain(exploitation, exposure, automatable, humanImpact, []);

    /// <summary>The priority, the deployer row and the Human Impact row behind it.</summary>
    public static SsvcDecision<DeployerPriority> Explain(
        Exploitation exploitation, SystemExposure exposure, Automatable automatable, SafetyImpact safety, MissionImpact mission)
    {
        var humanImpact = HumanImpactTable.Explain(safety, mission);
        return Explain(exploitation, exposure, automatable, humanImpact.Outcome, [humanImpact.Because]);
    }

    /// <summary>The 0-based row of the official table for these inputs.</summary>
    public static int RowOf(Exploitation exploitation, SystemExposure exposure, Automatable automatable, HumanImpact humanImpact) =>
        (((((SsvcOrdinal.Of(exploitation, 3) * 3) + SsvcOrdinal.Of(exposure, 3)) * 2) + SsvcOrdinal.Of(automatable, 2)) * 4)
        + SsvcOrdinal.Of(humanImpact, 4);

    private static SsvcDecision<DeployerPriority> Explain(
        Exploitation exploitation, SystemExposure exposure, Automatable automatable, HumanImpact humanImpact, SsvcTableRow[] derivations)
    {
        var row = RowOf(exploitation, exposure, automatable, humanImpact);
        return new((DeployerPriority)Outcomes[row], Table.Row(row, derivations));
    }
}
