namespace MedVigil.Domain.Mitigations;

/// <summary>
/// What a mitigation costs the clinic: the expected downtime of each device while the work is done, whether a
/// clinical engineer must sign it off whatever the devices are, and whether each device is out of service during the
/// work (capacity: the scheduler keeps enough devices of a care unit in service).
/// </summary>
public sealed record ClinicalCost(TimeSpan DowntimePerDevice, bool SignOffRequired, bool OutOfServiceDuringWork)
{
    /// <summary>No downtime, no sign-off asked for, devices stay in service.</summary>
    public static ClinicalCost None { get; } = new(TimeSpan.Zero, false, false);

    /// <summary>Whether a scheduler must find a window for the devices (downtime or out of service).</summary>
    public bool NeedsDowntime => DowntimePerDevice > TimeSpan.Zero || OutOfServiceDuringWork;
}

/// <summary>A clinical engineer's recorded agreement that the work may go ahead on these devices.</summary>
public sealed record ClinicalSignOff(string By, DateTimeOffset At, string? Note);

/// <summary>Who moves a mitigation: the name recorded and the role that decides what they may do.</summary>
public sealed record MitigationActor(string Name, Access.Role Role);
