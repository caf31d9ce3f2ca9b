using MedVigil.Domain.Common;

namespace MedVigil.Domain.Tenants;

/// <summary>A clinical department (ICU, radiology, ward 4B) where devices are used; names are unique per tenant.</summary>
public sealed class CareUnit : ITenantOwned
{
    private CareUnit()
    {
        Name = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid SiteId { get; private set; }

    public string Name { get; private set; }

    public static CareUnit Create(Site site, string name, TimeProvider time) => new()
    {
        TenantId = site.TenantId,
        Id = Ids.New(time),
        SiteId = site.Id,
        Name = Guard.Text(name, nameof(name), 200),
    };
}
