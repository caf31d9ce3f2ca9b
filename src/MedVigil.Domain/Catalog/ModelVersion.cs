using MedVigil.Domain.Common;

namespace MedVigil.Domain.Catalog;

/// <summary>A released firmware or software version of a device model; its SBOM lists its components.</summary>
public sealed class ModelVersion : ITenantOwned
{
    private ModelVersion()
    {
        Version = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid DeviceModelId { get; private set; }

    /// <summary>The version as the manufacturer writes it (<c>V4.00_12</c>, <c>2.1 SP3</c>); compared by later issues.</summary>
    public string Version { get; private set; }

    public DateOnly? EndOfSupport { get; private set; }

    /// <summary>The SHA-256 of the <see cref="SbomDocument"/> the components were last imported from; null before any SBOM.</summary>
    public string? SbomSha256 { get; private set; }

    public static ModelVersion Create(DeviceModel model, string version, TimeProvider time) => new()
    {
        TenantId = model.TenantId,
        Id = Ids.New(time),
        DeviceModelId = model.Id,
        Version = Guard.Text(version, nameof(version), 100),
    };

    public void DeclareEndOfSupport(DateOnly? date) => EndOfSupport = date;

    /// <summary>Records that the components now come from <paramref name="sbom"/>, which must be the same tenant's.</summary>
    public void AttachSbom(SbomDocument sbom)
    {
        ArgumentNullException.ThrowIfNull(sbom);
        if (sbom.TenantId != TenantId)
        {
            throw new InvalidOperationException("An SBOM can only be attached to a model version of its own tenant.");
        }

        SbomSha256 = sbom.Sha256;
    }
}
