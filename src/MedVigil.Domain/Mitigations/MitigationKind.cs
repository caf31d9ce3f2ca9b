namespace MedVigil.Domain.Mitigations;

/// <summary>What a mitigation does to the devices it touches; each kind has its own effect on SSVC inputs (ADR 0025).</summary>
public enum MitigationKind
{
    /// <summary>Install the manufacturer's update or patch: the linked findings are fixed on the devices.</summary>
    Update,

    /// <summary>Network segmentation or an access-control list in front of the devices: their exposure is lowered.</summary>
    Segmentation,

    /// <summary>Turn off the vulnerable service or close its port: the linked vulnerabilities are no longer reachable.</summary>
    DisableService,

    /// <summary>Another control that reduces the risk (e.g. an application gateway); documented, no input changes.</summary>
    CompensatingControl,

    /// <summary>Closer watching of the devices (IDS rules, log review); documented, no input changes.</summary>
    EnhancedMonitoring,

    /// <summary>Take the devices out of use or replace them: they leave the open set.</summary>
    Retire,
}

/// <summary>Where a mitigation is in its workflow. Verified, rejected and cancelled are final.</summary>
public enum MitigationState
{
    Proposed,
    Approved,
    Scheduled,
    Done,
    Verified,
    Rejected,
    Cancelled,
}
