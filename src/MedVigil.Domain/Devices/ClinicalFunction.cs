namespace MedVigil.Domain.Devices;

/// <summary>What the device does for the patient; drives safety impact.</summary>
public enum ClinicalFunction
{
    /// <summary>Not yet classified; risk rules treat it as the worst case until someone says otherwise.</summary>
    Unknown,
    LifeSustaining,
    Therapeutic,
    Diagnostic,
    Monitoring,
    Ancillary,
}

/// <summary>How reachable a device is.</summary>
public enum Exposure
{
    /// <summary>Not yet assessed; risk rules treat it as the worst case until someone says otherwise.</summary>
    Unknown,
    Internet,
    HospitalNetwork,
    Segmented,
    LocalOnly,
}

/// <summary>Where a device is in its life at the hospital. Retired is final.</summary>
public enum LifecycleStatus
{
    InUse,
    InStorage,
    InMaintenance,
    Retired,
}
