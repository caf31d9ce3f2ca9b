namespace MedVigil.Domain.Audit;

/// <summary>The first link where a chain stops adding up, and why.</summary>
public sealed record BrokenLink(long Sequence, string Reason);

/// <summary>The result of recomputing a tenant's chain.</summary>
public sealed record AuditVerification(Guid TenantId, long EventsChecked, BrokenLink? FirstBrokenLink)
{
    public bool IsIntact => FirstBrokenLink is null;
}

/// <summary>Recomputes an audit chain in sequence order and names the first broken link.</summary>
public static class AuditChain
{
    public static AuditVerification Verify(Guid tenantId, IEnumerable<AuditEvent> eventsInSequenceOrder)
    {
        var expectedPrevious = AuditEvent.GenesisHash;
        long expectedSequence = 1, checkedCount = 0;
        foreach (var audit in eventsInSequenceOrder)
        {
            var broken = Check(audit, tenantId, expectedSequence, expectedPrevious);
            if (broken is not null)
            {
                return new AuditVerification(tenantId, checkedCount, broken);
            }

            expectedPrevious = audit.Hash;
            expectedSequence++;
            checkedCount++;
        }

        return new AuditVerification(tenantId, checkedCount, null);
    }

    private static BrokenLink? Check(AuditEvent audit, Guid tenantId, long expectedSequence, string expectedPrevious)
    {
        if (audit.TenantId != tenantId)
        {
            return new BrokenLink(audit.Sequence, $"event #{audit.Sequence} belongs to another tenant's chain");
        }

        if (audit.Sequence != expectedSequence)
        {
            return new BrokenLink(expectedSequence, $"event #{expectedSequence} is missing (found #{audit.Sequence} next)");
        }

        if (!string.Equals(audit.PreviousHash, expectedPrevious, StringComparison.Ordinal))
        {
            return new BrokenLink(audit.Sequence, $"event #{audit.Sequence} does not point at the hash of the event before it");
        }

        return string.Equals(audit.ComputeHash(), audit.Hash, StringComparison.Ordinal)
            ? null
            : new BrokenLink(audit.Sequence, $"event #{audit.Sequence} was altered: its fields no longer match its hash");
    }
}
