using MedVigil.Domain.Common;

namespace MedVigil.Domain.Tenants;

/// <summary>A hospital campus or building of a tenant.</summary>
public sealed class Site : ITenantOwned
{
    private Site()
    {
        Name = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public static Site Create(Guid tenantId, string name, TimeProvider time) => new()
    {
        TenantId = Guard.Id(tenantId, nameof(tenantId)),
        Id = Ids.New(time),
        Name = Guard.Text(name, nameof(name), 200),
    };
}
