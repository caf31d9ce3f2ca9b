namespace MedVigil.Standards.Ssvc;

/// <summary>
/// The CISA coordinator decision, <c>cisa:DT_CO:2.0.3</c>: Exploitation × Automatable × Technical Impact ×
/// Mission and Well-Being Impact → Track / Track* / Attend / Act (36 rows). Pure functions over the embedded official table.
/// </summary>
public static class CisaCoordinator
{
    private const byte T = 0, Ts = 1, At = 2, Ac = 3;

    /// <summary>The embedded table (for listings and explanations).</summary>
    public static SsvcDecisionTable Table { get; } = new(
        "cisa:DT_CO:2.0.3", "CISA Coordinator",
        [SsvcDecisionPoints.Exploitation, SsvcDecisionPoints.Automatable, SsvcDecisionPoints.TechnicalImpact, SsvcDecisionPoints.MissionAndWellBeingImpact],
        SsvcDecisionPoints.CisaPriority, Outcomes);

    // Rows by Exploitation, Automatable, Technical Impact; columns Mission and Well-Being Impact Low, Medium, High.
    private static ReadOnlySpan<byte> Outcomes =>
    [
        T, T, T, // none, no, partial
        T, T, Ts, // none, no, total
        T, T, At, // none, yes, partial
        T, T, At, // none, yes, total
        T, T, Ts, // public poc, no, partial
        T, Ts, At, // public poc, no, total
        T, T, At, // public poc, yes, partial
        T, Ts, At, // public poc, yes, total
        T, T, At, // active, no, partial
        T, At, Ac, // active, no, total
        At, At, Ac, // active, yes, partial
        At, Ac, Ac, // active, yes, total
    ];

    /// <summary>The CISA level.</summary>
    public static CisaPriority Decide(
        Exploitation exploitation, Automatable automatable, TechnicalImpact technicalImpact, MissionAndWellBeingImpact missionAndWellBeing) =>
        (CisaPriority)Outcomes[RowOf(exploitation, automatable, technicalImpact, missionAndWellBeing)];

    /// <summary>The CISA level with Mission and Well-Being Impact derived by <see cref="MissionAndWellBeingTable"/>.</summary>
    public static CisaPriority Decide(
        Exploitation exploitation, Automatable automatable, TechnicalImpact technicalImpact,
        MissionPrevalence prevalence, PublicWellBeingImpact wellBeing) =>
        Decide(exploitation, automatable, technicalImpact, MissionAndWellBeingTable.Of(prevalence, wellBeing));

    /// <summary>The CISA level and the table row that decided it.</summary>
    public static SsvcDecision<CisaPriority> Explain(
        Exploitation exploitation, Automatable automatable, TechnicalImpact technicalImpact, MissionAndWellBeingImpact missionAndWellBeing) =>
        Explain(exploitation, automatable, technicalImpact, missionAndWellBeing, []);

    /// <summary>The CISA level, its row and the Mission and Well-Being row behind it.</summary>
    public static SsvcDecision<CisaPriority> Explain(
        Exploitation exploitation, Automatable automatable, TechnicalImpact technicalImpact,
        MissionPrevalence prevalence, PublicWellBeingImpact wellBeing)
    {
        var missionAndWellBeing = MissionAndWellBeingTable.Explain(prevalence, wellBeing);
        return Explain(exploitation, automatable, technicalImpact, missionAndWellBeing.Outcome, [missionAndWellBeing.Because]);
    }

    /// <summary>The 0-based row of the official table for these inputs.</summary>
    public static int RowOf(
        Exploitation exploitation, Automatable automatable, TechnicalImpact technicalImpact, MissionAndWellBeingImpact missionAndWellBeing) =>
        (((((SsvcOrdinal.Of(exploitation, 3) * 2) + SsvcOrdinal.Of(automatable, 2)) * 2) + SsvcOrdinal.Of(technicalImpact, 2)) * 3)
        + SsvcOrdinal.Of(missionAndWellBeing, 3);

    private static SsvcDecision<CisaPriority> Explain(
        Exploitation exploitation, Automatable automatable, TechnicalImpact technicalImpact,
        MissionAndWellBeingImpact missionAndWellBeing, SsvcTableRow[] derivations)
    {
        var row = RowOf(exploitation, automatable, technicalImpact, missionAndWellBeing);
        return new((CisaPriority)Outcomes[row], Table.Row(row, derivations));
    }
}
