namespace MedVigil.Domain.Risk.Acceptance;

/// <summary>
/// What risk acceptances do to a finding's assessment (ADR 0027): one in force keeps the priority and removes the due
/// date; once every covering acceptance has ended, the finding is open work again and its SLA clock restarts at the
/// latest end (DefectDojo's "restart SLA on expiry", asked for in its issues 2715 and 3441).
/// </summary>
public static class AcceptedRisk
{
    public static FindingRisk Apply(FindingRisk risk, IEnumerable<RiskAcceptance> covering, DateTimeOffset now, SlaPolicy sla)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(covering);
        ArgumentNullException.ThrowIfNull(sla);
        RiskAcceptance? inForce = null;
        DateTimeOffset? lastEnded = null;
        foreach (var acceptance in covering)
        {
            if (acceptance.IsInForce(now))
            {
                inForce = inForce is null || acceptance.ExpiresAt > inForce.ExpiresAt ? acceptance : inForce;
            }
            else if (acceptance.EndsAt <= now && (lastEnded is null || acceptance.EndsAt > lastEnded))
            {
                lastEnded = acceptance.EndsAt;
            }
        }

        if (inForce is not null)
        {
            return risk with { DueAt = null, AcceptanceId = inForce.Id, AcceptedUntil = inForce.ExpiresAt };
        }

        return lastEnded is { } ended && ended > risk.OpenedAt
            ? risk with { OpenedAt = ended, DueAt = sla.DueAt(risk.Priority, ended) }
            : risk;
    }
}
