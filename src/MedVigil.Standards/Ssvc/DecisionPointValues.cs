namespace MedVigil.Standards.Ssvc;

// The values of each SSVC decision point, in the order SSVC lists them (least to most urgent), so that
// comparing two values compares their urgency and the numeric value is the column index in the official tables.

/// <summary>Exploitation, <c>ssvc:E:1.1.0</c>: the present state of exploitation of the vulnerability.</summary>
public enum Exploitation
{
    /// <summary><c>N</c>: no evidence of active exploitation and no public proof of concept.</summary>
    None,

    /// <summary><c>P</c>: a typical public PoC exists (Metasploit, ExploitDB) or the method is well known.</summary>
    PublicPoc,

    /// <summary><c>A</c>: shared, observable, reliable evidence of exploitation in the wild.</summary>
    Active,
}

/// <summary>System Exposure, <c>ssvc:EXP:1.0.1</c>: the accessible attack surface of the affected system.</summary>
public enum SystemExposure
{
    /// <summary><c>S</c>: local service or program; highly controlled network (e.g. a bedside BLE link).</summary>
    Small,

    /// <summary><c>C</c>: networked service with access restrictions or mitigations that reliably interrupt attacks.</summary>
    Controlled,

    /// <summary><c>O</c>: Internet or another widely accessible network that cannot plausibly be restricted.</summary>
    Open,
}

/// <summary>Automatable, <c>ssvc:A:2.0.0</c>: can an attacker reliably automate kill-chain steps 1–4?</summary>
public enum Automatable
{
    /// <summary><c>N</c>.</summary>
    No,

    /// <summary><c>Y</c>.</summary>
    Yes,
}

/// <summary>Safety Impact, <c>ssvc:SI:2.0.1</c> (IEC 61508 based).</summary>
public enum SafetyImpact
{
    /// <summary><c>N</c>: minor injuries at worst.</summary>
    Negligible,

    /// <summary><c>M</c>: major injuries to one or more persons.</summary>
    Marginal,

    /// <summary><c>R</c>: loss of life.</summary>
    Critical,

    /// <summary><c>C</c>: multiple loss of life.</summary>
    Catastrophic,
}

/// <summary>Mission Impact, <c>ssvc:MI:2.0.0</c>: impact on the organisation's mission essential functions (MEFs).</summary>
public enum MissionImpact
{
    /// <summary><c>D</c>: little to no impact up to degradation of non-essential functions.</summary>
    Degraded,

    /// <summary><c>MSC</c>: activities that directly support essential functions are crippled.</summary>
    MefSupportCrippled,

    /// <summary><c>MEF</c>: a mission essential function fails for longer than acceptable.</summary>
    MefFailure,

    /// <summary><c>MF</c>: multiple or all mission essential functions fail.</summary>
    MissionFailure,
}

/// <summary>Human Impact, <c>ssvc:HI:2.0.2</c>: Safety Impact combined with Mission Impact (<see cref="HumanImpactTable"/>).</summary>
public enum HumanImpact
{
    /// <summary><c>L</c>.</summary>
    Low,

    /// <summary><c>M</c>.</summary>
    Medium,

    /// <summary><c>H</c>.</summary>
    High,

    /// <summary><c>VH</c>.</summary>
    VeryHigh,
}

/// <summary>Technical Impact, <c>ssvc:TI:1.0.0</c>.</summary>
public enum TechnicalImpact
{
    /// <summary><c>P</c>: limited control over, or information exposure about, the vulnerable software.</summary>
    Partial,

    /// <summary><c>T</c>: total control over the software or total disclosure of its information.</summary>
    Total,
}

/// <summary>Mission Prevalence, <c>cisa:MP:1.0.0</c>: how prevalent the vulnerable component is in mission essential functions.</summary>
public enum MissionPrevalence
{
    /// <summary><c>M</c>: neither Support nor Essential.</summary>
    Minimal,

    /// <summary><c>S</c>: only supports MEFs for two or more entities.</summary>
    Support,

    /// <summary><c>E</c>: directly provides at least one MEF for at least one entity.</summary>
    Essential,
}

/// <summary>Public Well-Being Impact, <c>ssvc:PWI:1.1.0</c>.</summary>
public enum PublicWellBeingImpact
{
    /// <summary><c>M</c>: below the threshold of Material.</summary>
    Minimal,

    /// <summary><c>MA</c>: physical distress or injury, occupational hazards, material financial or psychological harm.</summary>
    Material,

    /// <summary><c>I</c>: multiple fatalities likely, or irreversible harm.</summary>
    Irreversible,
}

/// <summary>Mission and Well-Being Impact, <c>ssvc:MWI:1.0.0</c> (<see cref="MissionAndWellBeingTable"/>).</summary>
public enum MissionAndWellBeingImpact
{
    /// <summary><c>L</c>.</summary>
    Low,

    /// <summary><c>M</c>.</summary>
    Medium,

    /// <summary><c>H</c>.</summary>
    High,
}
