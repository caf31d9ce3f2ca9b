using MedVigil.Domain.Common;

namespace MedVigil.Domain.Catalog;

/// <summary>A manufacturer's product, such as an infusion pump model.</summary>
public sealed class DeviceModel : ITenantOwned
{
    private DeviceModel()
    {
        Name = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid ManufacturerId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The manufacturer's catalogue or model number, which advisories often name.</summary>
    public string? ModelNumber { get; private set; }

    public static DeviceModel Create(Manufacturer manufacturer, string name, string? modelNumber, TimeProvider time) => new()
    {
        TenantId = manufacturer.TenantId,
        Id = Ids.New(time),
        ManufacturerId = manufacturer.Id,
        Name = Guard.Text(name, nameof(name), 200),
        ModelNumber = Guard.OptionalText(modelNumber, nameof(modelNumber), 100),
    };

    /// <summary>Fills in a model number learnt later; a different one is a conflict the caller must resolve.</summary>
    public bool TryLearnModelNumber(string? modelNumber)
    {
        var clean = Guard.OptionalText(modelNumber, nameof(modelNumber), 100);
        if (clean is null || string.Equals(clean, ModelNumber, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (ModelNumber is not null)
        {
            return false;
        }

        ModelNumber = clean;
        return true;
    }
}
