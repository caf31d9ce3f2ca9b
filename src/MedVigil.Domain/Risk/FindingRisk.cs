using MedVigil.Standards.Ssvc;

namespace MedVigil.Domain.Risk;

/// <summary>
/// The SSVC assessment of one open finding on one device: the derived inputs, the decision with its official rows, and
/// the due time from the SLA policy.
/// </summary>
public sealed record FindingRisk(SsvcInputs Inputs, SsvcDecision<DeployerPriority> Decision, DateTimeOffset OpenedAt, DateTimeOffset? DueAt)
{
    public DeployerPriority Priority => Decision.Outcome;

    /// <summary>The priority as the commands write it: <c>defer</c>, <c>scheduled</c>, <c>out-of-cycle</c> or <c>immediate</c>.</summary>
    public string PriorityText => SsvcDecisionPoints.DeployerPriority.Describe(Priority).Name.ToLowerInvariant().Replace(' ', '-');

    /// <summary>The risk acceptance in force on this finding, if any (ADR 0027): the priority stays, the due date goes.</summary>
    public Guid? AcceptanceId { get; init; }

    /// <summary>When the acceptance in force runs out.</summary>
    public DateTimeOffset? AcceptedUntil { get; init; }

    /// <summary>The UTC date of <see cref="DueAt"/>.</summary>
    public DateOnly? DueDate => DueAt is { } due ? DateOnly.FromDateTime(due.UtcDateTime) : null;

    public static FindingRisk Assess(FindingRiskFacts facts, DateTimeOffset openedAt, SsvcPolicy ssvc, SlaPolicy sla) =>
        Assess(SsvcDerivation.From(facts, ssvc), openedAt, sla);

    /// <summary>The decision and due time of given (perhaps overridden) inputs.</summary>
    public static FindingRisk Assess(SsvcInputs inputs, DateTimeOffset openedAt, SlaPolicy sla)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(sla);
        var decision = inputs.Decide();
        return new(inputs, decision, openedAt, sla.DueAt(decision.Outcome, openedAt));
    }

    /// <summary>Whether the due time has passed; a finding without a due time is never overdue.</summary>
    public bool IsOverdue(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DueAt is { } due && time.GetUtcNow() > due;
    }
}
