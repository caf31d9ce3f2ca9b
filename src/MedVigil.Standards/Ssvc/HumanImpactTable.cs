namespace MedVigil.Standards.Ssvc;

/// <summary>
/// SSVC's Human Impact table, <c>ssvc:DT_HI:1.0.0</c>: Safety Impact × Mission Impact → Human Impact (16 rows).
/// Where the prose of Human Impact 2.0.2 disagrees with the table (e.g. Marginal ∧ MEF Failure), the table wins.
/// </summary>
public static class HumanImpactTable
{
    private const byte L = 0, M = 1, H = 2, VH = 3;

    /// <summary>The embedded table (for listings and explanations).</summary>
    public static SsvcDecisionTable Table { get; } = new(
        "ssvc:DT_HI:1.0.0", "Human Impact",
        [SsvcDecisionPoints.SafetyImpact, SsvcDecisionPoints.MissionImpact], SsvcDecisionPoints.HumanImpact, Outcomes);

    // Rows by Safety Impact; columns Mission Impact Degraded, MEF Support Crippled, MEF Failure, Mission Failure.
    private static ReadOnlySpan<byte> Outcomes =>
    [
        L, L, M, VH, // negligible
        L, L, M, VH, // marginal
        M, H, H, VH, // critical
        VH, VH, VH, VH, // catastrophic
    ];

    /// <summary>The Human Impact of a vulnerability with this safety and mission impact.</summary>
    public static HumanImpact Of(SafetyImpact safety, MissionImpact mission) => (HumanImpact)Outcomes[RowOf(safety, mission)];

    /// <summary>The table row that decides <see cref="Of"/>.</summary>
    public static SsvcDecision<HumanImpact> Explain(SafetyImpact safety, MissionImpact mission)
    {
        var row = RowOf(safety, mission);
        return new((HumanImpact)Outcomes[row], Table.Row(row));
    }

    /// <summary>The 0-based row of the official table for these inputs.</summary>
    public static int RowOf(SafetyImpact safety, MissionImpact mission) =>
        (SsvcOrdinal.Of(safety, 4) * 4) + SsvcOrdinal.Of(mission, 4);
}
