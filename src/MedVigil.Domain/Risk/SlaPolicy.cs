using MedVigil.Standards.Ssvc;

namespace MedVigil.Domain.Risk;

/// <summary>
/// Days to remediate per deployer priority (ADR 0023); null means no deadline. A due date counts from when the finding
/// was opened on the device. Computed on read; a per-tenant stored policy is future work.
/// </summary>
public sealed record SlaPolicy(int? ImmediateDays, int? OutOfCycleDays, int? ScheduledDays, int? DeferDays)
{
    /// <summary>Immediate 2 days, Out-of-Cycle 14, Scheduled 90, Defer none (ADR 0023).</summary>
    public static SlaPolicy Default { get; } = new(2, 14, 90, null);

    /// <summary>The days allowed for <paramref name="priority"/>, or null when it has no deadline.</summary>
    public int? DaysFor(DeployerPriority priority) => priority switch
    {
        DeployerPriority.Immediate => ImmediateDays,
        DeployerPriority.OutOfCycle => OutOfCycleDays,
        DeployerPriority.Scheduled => ScheduledDays,
        DeployerPriority.Defer => DeferDays,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Not a deployer priority."),
    };

    /// <summary>When a finding of <paramref name="priority"/> opened at <paramref name="openedAt"/> is due; null when never.</summary>
    public DateTimeOffset? DueAt(DeployerPriority priority, DateTimeOffset openedAt) =>
        DaysFor(priority) is { } days ? openedAt.ToUniversalTime().AddDays(days) : null;
}
