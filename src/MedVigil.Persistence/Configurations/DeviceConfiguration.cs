using MedVigil.Domain.Catalog;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedVigil.Persistence.Configurations;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.Property(d => d.AssetId).HasMaxLength(Device.AssetIdMaxLength);
        builder.Property(d => d.SerialNumber).HasMaxLength(100);
        builder.Property(d => d.IpAddress).HasMaxLength(45);
        builder.Property(d => d.MacAddress).HasMaxLength(17);
        builder.Property(d => d.Hostname).HasMaxLength(253);
        builder.Property(d => d.OperatingSystem).HasMaxLength(200);
        builder.Property(d => d.Owner).HasMaxLength(200);
        builder.Property(d => d.ClinicalFunction).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Exposure).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.LifecycleStatus).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(d => new { d.TenantId, d.ModelVersionId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareUnit>().WithMany().HasForeignKey(d => new { d.TenantId, d.CareUnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Device>().WithMany().HasForeignKey(d => new { d.TenantId, d.ParentDeviceId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TenantId, d.AssetId }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.CareUnitId });
        builder.HasIndex(d => new { d.TenantId, d.ModelVersionId });
    }
}
