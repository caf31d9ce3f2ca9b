using MedVigil.Domain.Common;

namespace MedVigil.Domain.Catalog;

/// <summary>A software component of a model version, as listed in its SBOM.</summary>
public sealed class Component : ITenantOwned
{
    private Component()
    {
        Name = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid ModelVersionId { get; private set; }

    public string Name { get; private set; }

    public string? Version { get; private set; }

    public string? Supplier { get; private set; }

    /// <summary>Package URL as written in the SBOM; typed matching arrives with the standards core.</summary>
    public string? Purl { get; private set; }

    public string? Cpe { get; private set; }

    public static Component Create(
        ModelVersion modelVersion, string name, string? version, string? supplier, string? purl, string? cpe, TimeProvider time) => new()
    {
        TenantId = modelVersion.TenantId,
        Id = Ids.New(time),
        ModelVersionId = modelVersion.Id,
        Name = Guard.Text(name, nameof(name), 300),
        Version = Guard.OptionalText(version, nameof(version), 200),
        Supplier = Guard.OptionalText(supplier, nameof(supplier), 300),
        Purl = Guard.OptionalText(purl, nameof(purl), 2000),
        Cpe = Guard.OptionalText(cpe, nameof(cpe), 2000),
    };
}
