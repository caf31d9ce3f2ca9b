using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;

namespace MedVigil.Domain.Catalog;

/// <summary>
/// The raw bytes of an SBOM a tenant imported, content-addressed by SHA-256 within the tenant (ADR 0016). SBOMs are
/// tenant data, unlike the global <see cref="SourceDocument"/>s of advisories: the same bytes imported by two tenants
/// are stored once for each, and neither sees the other's.
/// </summary>
public sealed class SbomDocument : ITenantOwned
{
    private SbomDocument()
    {
        Sha256 = Format = string.Empty;
        Content = [];
    }

    public Guid TenantId { get; private set; }

    /// <summary>The SHA-256 of <see cref="Content"/>, 64 lowercase hex digits: the key within the tenant.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The format it was read as, e.g. <c>CycloneDX 1.6</c>, <c>SPDX-2.3</c>.</summary>
    public string Format { get; private set; }

    public long Length { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>When these bytes were first received by the tenant; a later import of the same bytes changes nothing here.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    public static SbomDocument Create(Guid tenantId, byte[] content, string format, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(time);
        return new SbomDocument
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Sha256 = SourceDocument.HashOf(content),
            Format = Guard.Text(format, nameof(format), 40),
            Length = content.LongLength,
            Content = content,
            ReceivedAt = time.GetUtcNow(),
        };
    }
}
