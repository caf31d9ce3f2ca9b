using System.Reflection;
using MedVigil.Domain.Audit;

namespace MedVigil.Domain.Tests.Audit;

internal static class AuditTestData
{
    public static readonly Guid TenantId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    public static readonly Guid OtherTenantId = Guid.Parse("0193a1b2-0000-7000-8000-000000000009");

    private static readonly MethodInfo CloneMethod =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static AuditEntry Entry(int i) =>
        new("alice@example.org", "device.updated", "Device", $"PUMP-{i:D3}", $"Change number {i}.");

    /// <summary>A well-formed chain of <paramref name="count"/> events, one minute apart.</summary>
    public static List<AuditEvent> Chain(int count, Guid? tenantId = null)
    {
        var events = new List<AuditEvent>();
        AuditEvent? previous = null;
        for (var i = 1; i <= count; i++)
        {
            previous = AuditEvent.Append(previous, tenantId ?? TenantId, Entry(i), Clock.Start.AddMinutes(i));
            events.Add(previous);
        }

        return events;
    }

    /// <summary>A copy of <paramref name="audit"/> with one private-set property overwritten, as a database edit would.</summary>
    public static AuditEvent Tampered(AuditEvent audit, string property, object value)
    {
        var copy = (AuditEvent)CloneMethod.Invoke(audit, null)!;
        var info = typeof(AuditEvent).GetProperty(property) ?? throw new ArgumentException($"No property {property}.", nameof(property));
        info.SetValue(copy, value);
        return copy;
    }

    /// <summary>A value of the property's type that differs from the event's current one.</summary>
    public static object Different(AuditEvent audit, string property) => property switch
    {
        nameof(AuditEvent.TenantId) => OtherTenantId,
        nameof(AuditEvent.Sequence) => audit.Sequence + 1,
        nameof(AuditEvent.At) => audit.At.AddTicks(10),
        nameof(AuditEvent.PreviousHash) or nameof(AuditEvent.Hash) => new string('f', 64),
        _ => (string)typeof(AuditEvent).GetProperty(property)!.GetValue(audit)! + "!",
    };
}
