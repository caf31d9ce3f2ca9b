using MedVigil.Domain.Catalog;
using MedVigil.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedVigil.Persistence.Configurations;

internal sealed class ManufacturerConfiguration : IEntityTypeConfiguration<Manufacturer>
{
    public void Configure(EntityTypeBuilder<Manufacturer> builder)
    {
        builder.HasKey(m => new { m.TenantId, m.Id });
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.NormalizedName).HasMaxLength(200);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TenantId, m.NormalizedName }).IsUnique();
    }
}

internal sealed class DeviceModelConfiguration : IEntityTypeConfiguration<DeviceModel>
{
    public void Configure(EntityTypeBuilder<DeviceModel> builder)
    {
        builder.HasKey(m => new { m.TenantId, m.Id });
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.ModelNumber).HasMaxLength(100);
        builder.HasOne<Manufacturer>().WithMany().HasForeignKey(m => new { m.TenantId, m.ManufacturerId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TenantId, m.ManufacturerId, m.Name }).IsUnique();
    }
}

internal sealed class ModelVersionConfiguration : IEntityTypeConfiguration<ModelVersion>
{
    public void Configure(EntityTypeBuilder<ModelVersion> builder)
    {
        builder.HasKey(v => new { v.TenantId, v.Id });
        builder.Property(v => v.Version).HasMaxLength(100);
        builder.HasOne<DeviceModel>().WithMany().HasForeignKey(v => new { v.TenantId, v.DeviceModelId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.TenantId, v.DeviceModelId, v.Version }).IsUnique();
        builder.Property(v => v.SbomSha256).HasMaxLength(64);
        builder.HasOne<SbomDocument>().WithMany().HasForeignKey(v => new { v.TenantId, v.SbomSha256 }).IsRequired(false)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SbomDocumentConfiguration : IEntityTypeConfiguration<SbomDocument>
{
    public void Configure(EntityTypeBuilder<SbomDocument> builder)
    {
        builder.HasKey(d => new { d.TenantId, d.Sha256 });
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.Format).HasMaxLength(40);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComponentConfiguration : IEntityTypeConfiguration<Component>
{
    public void Configure(EntityTypeBuilder<Component> builder)
    {
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Version).HasMaxLength(200);
        builder.Property(c => c.Supplier).HasMaxLength(300);
        builder.Property(c => c.Purl).HasMaxLength(2000);
        builder.Property(c => c.Cpe).HasMaxLength(2000);
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(c => new { c.TenantId, c.ModelVersionId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.ModelVersionId });
    }
}
