using MedVigil.Domain.Common;

namespace MedVigil.Domain.Catalog;

/// <summary>A device maker as the tenant knows it; <see cref="NormalizedName"/> keeps "B. Braun" and "b. braun" one row.</summary>
public sealed class Manufacturer : ITenantOwned
{
    private Manufacturer()
    {
        Name = NormalizedName = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string NormalizedName { get; private set; }

    public static string Normalize(string name) => string.Join(' ', name.Trim().ToUpperInvariant()
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static Manufacturer Create(Guid tenantId, string name, TimeProvider time)
    {
        var clean = Guard.Text(name, nameof(name), 200);
        return new Manufacturer
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Id = Ids.New(time),
            Name = clean,
            NormalizedName = Normalize(clean),
        };
    }
}
