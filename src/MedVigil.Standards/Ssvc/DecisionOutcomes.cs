namespace MedVigil.Standards.Ssvc;

/// <summary>
/// The deployer's patch application priority, <c>ssvc:DSOI:1.0.0</c> (<see cref="SsvcDeployer"/>), least to most urgent.
/// </summary>
public enum DeployerPriority
{
    /// <summary><c>D</c>: do not act at present.</summary>
    Defer,

    /// <summary><c>S</c>: act during regularly scheduled maintenance.</summary>
    Scheduled,

    /// <summary><c>O</c>: act more quickly than usual, at the next available opportunity (overtime if necessary).</summary>
    OutOfCycle,

    /// <summary><c>I</c>: act immediately with all resources, pausing normal operations if necessary.</summary>
    Immediate,
}

/// <summary>The CISA coordinator levels, <c>cisa:CISA:1.1.0</c> (<see cref="CisaCoordinator"/>), least to most urgent.</summary>
public enum CisaPriority
{
    /// <summary><c>T</c>: no action now; keep tracking, remediate within standard timelines.</summary>
    Track,

    /// <summary><c>T*</c>: characteristics that need closer monitoring; remediate within standard timelines.</summary>
    TrackStar,

    /// <summary><c>AT</c>: supervisory-level attention; remediate sooner than standard timelines.</summary>
    Attend,

    /// <summary><c>AC</c>: supervisory and leadership attention; remediate as soon as possible.</summary>
    Act,
}
