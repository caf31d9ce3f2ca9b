namespace MedVigil.Standards.Ssvc;

/// <summary>
/// Mission Prevalence × Public Well-Being Impact → Mission and Well-Being Impact (9 rows), the child table of the CISA
/// coordinator decision. SSVC publishes no current decision table for it: the rows are the legacy child tree
/// <c>data/csvs/child_trees/mission-and-well-being.csv</c>, which agrees with the value definitions of
/// <c>ssvc:MWI:1.0.0</c> wherever those say anything (they are silent on Minimal ∧ Material, which the tree makes Medium).
/// </summary>
public static class MissionAndWellBeingTable
{
    private const byte L = 0, M = 1, H = 2;

    /// <summary>The embedded table. Its id is not an SSVC one (see the type's summary).</summary>
    public static SsvcDecisionTable Table { get; } = new(
        "ssvc:legacy-child-tree:mission-and-well-being", "Mission and Well-Being Impact",
        [SsvcDecisionPoints.MissionPrevalence, SsvcDecisionPoints.PublicWellBeingImpact],
        SsvcDecisionPoints.MissionAndWellBeingImpact, Outcomes);

    // Rows by Mission Prevalence; columns Public Well-Being Impact Minimal, Material, Irreversible.
    private static ReadOnlySpan<byte> Outcomes =>
    [
        L, M, H, // minimal
        M, M, H, // support
        H, H, H, // essential
    ];

    /// <summary>The Mission and Well-Being Impact of this prevalence and public well-being impact.</summary>
    public static MissionAndWellBeingImpact Of(MissionPrevalence prevalence, PublicWellBeingImpact wellBeing) =>
        (MissionAndWellBeingImpact)Outcomes[RowOf(prevalence, wellBeing)];

    /// <summary>The table row that decides <see cref="Of"/>.</summary>
    public static SsvcDecision<MissionAndWellBeingImpact> Explain(MissionPrevalence prevalence, PublicWellBeingImpact wellBeing)
    {
        var row = RowOf(prevalence, wellBeing);
        return new((MissionAndWellBeingImpact)Outcomes[row], Table.Row(row));
    }

    /// <summary>The 0-based row of the table for these inputs.</summary>
    public static int RowOf(MissionPrevalence prevalence, PublicWellBeingImpact wellBeing) =>
        (SsvcOrdinal.Of(prevalence, 3) * 3) + SsvcOrdinal.Of(wellBeing, 3);
}
