using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MedVigil.Domain.Common;

namespace MedVigil.Domain.Audit;

/// <summary>
/// One link of a tenant's append-only audit chain: who did what to which entity, when, and the SHA-256 of this
/// event's fields together with the previous link's hash. Changing or removing any earlier event breaks every
/// later hash (ADR 0006).
/// </summary>
public sealed class AuditEvent : ITenantOwned
{
    /// <summary>The hash the first link of every chain points back to.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private AuditEvent()
    {
        Actor = Action = EntityType = EntityId = Summary = PreviousHash = Hash = string.Empty;
    }

    public Guid TenantId { get; private set; }

    /// <summary>Position in the tenant's chain, from 1 with no gaps.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string Summary { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>Appends an event after <paramref name="previous"/> (null for a tenant's first event).</summary>
    public static AuditEvent Append(AuditEvent? previous, Guid tenantId, AuditEntry entry, DateTimeOffset at)
    {
        if (previous is not null && previous.TenantId != tenantId)
        {
            throw new ArgumentException("An audit chain never crosses tenants.", nameof(previous));
        }

        var audit = new AuditEvent
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Sequence = (previous?.Sequence ?? 0) + 1,
            // Microseconds: the finest precision both SQLite and PostgreSQL keep, so the hash survives a round trip.
            At = TruncateToMicroseconds(at.ToUniversalTime()),
            Actor = Guard.Text(entry.Actor, nameof(entry.Actor), 200),
            Action = Guard.Text(entry.Action, nameof(entry.Action), 100),
            EntityType = Guard.Text(entry.EntityType, nameof(entry.EntityType), 100),
            EntityId = Guard.Text(entry.EntityId, nameof(entry.EntityId), 200),
            Summary = entry.Summary.Length <= 4000 ? entry.Summary : entry.Summary[..3999] + "…",
            PreviousHash = previous?.Hash ?? GenesisHash,
        };
        audit.Hash = audit.ComputeHash();
        return audit;
    }

    /// <summary>Recomputes this event's hash from its stored fields.</summary>
    public string ComputeHash()
    {
        // Length-prefixed fields: no choice of separators inside a value can make two events hash alike.
        var builder = new StringBuilder();
        foreach (var field in new[]
                 {
                     TenantId.ToString("D"), Sequence.ToString(CultureInfo.InvariantCulture),
                     At.UtcTicks.ToString(CultureInfo.InvariantCulture), Actor, Action, EntityType, EntityId, Summary,
                     PreviousHash,
                 })
        {
            builder.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
}
