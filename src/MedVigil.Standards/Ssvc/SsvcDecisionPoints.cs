namespace MedVigil.Standards.Ssvc;

/// <summary>
/// The SSVC decision points MedVigil decides with, as CERT/CC publishes them in <c>data/json/decision_points</c>
/// (namespace, key, version, value keys and names). A test checks every entry against those files.
/// </summary>
public static class SsvcDecisionPoints
{
    /// <summary><c>ssvc:E:1.1.0</c>. Also reads <c>PoC</c>, the 1.0.0 name of Public PoC that CISA's data still uses.</summary>
    public static SsvcDecisionPoint<Exploitation> Exploitation { get; } = new(
        "ssvc", "E", "1.1.0", "Exploitation",
        [new("N", "None"), new("P", "Public PoC"), new("A", "Active")],
        ("PoC", Ssvc.Exploitation.PublicPoc));

    /// <summary><c>ssvc:EXP:1.0.1</c>. Also reads <c>Unavoidable</c>, the 1.0.0 name of Open.</summary>
    public static SsvcDecisionPoint<SystemExposure> SystemExposure { get; } = new(
        "ssvc", "EXP", "1.0.1", "System Exposure",
        [new("S", "Small"), new("C", "Controlled"), new("O", "Open")],
        ("Unavoidable", Ssvc.SystemExposure.Open));

    /// <summary><c>ssvc:A:2.0.0</c>.</summary>
    public static SsvcDecisionPoint<Automatable> Automatable { get; } = new(
        "ssvc", "A", "2.0.0", "Automatable",
        [new("N", "No"), new("Y", "Yes")]);

    /// <summary><c>ssvc:SI:2.0.1</c>.</summary>
    public static SsvcDecisionPoint<SafetyImpact> SafetyImpact { get; } = new(
        "ssvc", "SI", "2.0.1", "Safety Impact",
        [new("N", "Negligible"), new("M", "Marginal"), new("R", "Critical"), new("C", "Catastrophic")]);

    /// <summary><c>ssvc:MI:2.0.0</c>. Also reads <c>Crippled</c>, the older name of MEF Support Crippled.</summary>
    public static SsvcDecisionPoint<MissionImpact> MissionImpact { get; } = new(
        "ssvc", "MI", "2.0.0", "Mission Impact",
        [new("D", "Degraded"), new("MSC", "MEF Support Crippled"), new("MEF", "MEF Failure"), new("MF", "Mission Failure")],
        ("Crippled", Ssvc.MissionImpact.MefSupportCrippled));

    /// <summary><c>ssvc:HI:2.0.2</c>.</summary>
    public static SsvcDecisionPoint<HumanImpact> HumanImpact { get; } = new(
        "ssvc", "HI", "2.0.2", "Human Impact",
        [new("L", "Low"), new("M", "Medium"), new("H", "High"), new("VH", "Very High")]);

    /// <summary><c>ssvc:TI:1.0.0</c>.</summary>
    public static SsvcDecisionPoint<TechnicalImpact> TechnicalImpact { get; } = new(
        "ssvc", "TI", "1.0.0", "Technical Impact",
        [new("P", "Partial"), new("T", "Total")]);

    /// <summary><c>cisa:MP:1.0.0</c>.</summary>
    public static SsvcDecisionPoint<MissionPrevalence> MissionPrevalence { get; } = new(
        "cisa", "MP", "1.0.0", "Mission Prevalence",
        [new("M", "Minimal"), new("S", "Support"), new("E", "Essential")]);

    /// <summary><c>ssvc:PWI:1.1.0</c>.</summary>
    public static SsvcDecisionPoint<PublicWellBeingImpact> PublicWellBeingImpact { get; } = new(
        "ssvc", "PWI", "1.1.0", "Public Well-Being Impact",
        [new("M", "Minimal"), new("MA", "Material"), new("I", "Irreversible")]);

    /// <summary><c>ssvc:MWI:1.0.0</c>.</summary>
    public static SsvcDecisionPoint<MissionAndWellBeingImpact> MissionAndWellBeingImpact { get; } = new(
        "ssvc", "MWI", "1.0.0", "Mission and Well-Being Impact",
        [new("L", "Low"), new("M", "Medium"), new("H", "High")]);

    /// <summary><c>ssvc:DSOI:1.0.0</c>, the deployer's outcomes.</summary>
    public static SsvcDecisionPoint<DeployerPriority> DeployerPriority { get; } = new(
        "ssvc", "DSOI", "1.0.0", "Defer, Scheduled, Out-of-Cycle, Immediate",
        [new("D", "Defer"), new("S", "Scheduled"), new("O", "Out-of-Cycle"), new("I", "Immediate")]);

    /// <summary><c>cisa:CISA:1.1.0</c>, the CISA coordinator's outcomes.</summary>
    public static SsvcDecisionPoint<CisaPriority> CisaPriority { get; } = new(
        "cisa", "CISA", "1.1.0", "CISA Levels",
        [new("T", "Track"), new("T*", "Track*"), new("AT", "Attend"), new("AC", "Act")]);

    /// <summary>Every decision point above, for listings and checks.</summary>
    public static IReadOnlyList<SsvcDecisionPoint> All { get; } =
    [
        Exploitation, SystemExposure, Automatable, SafetyImpact, MissionImpact, HumanImpact, TechnicalImpact,
        MissionPrevalence, PublicWellBeingImpact, MissionAndWellBeingImpact, DeployerPriority, CisaPriority,
    ];
}
