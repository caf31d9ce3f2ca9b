using MedVigil.Domain.Catalog;
using MedVigil.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedVigil.Persistence.Configurations;

internal sealed class ManufacturerAliasConfiguration : IEntityTypeConfiguration<ManufacturerAlias>
{
    public void Configure(EntityTypeBuilder<ManufacturerAlias> builder)
    {
        builder.HasKey(a => new { a.TenantId, a.Id });
        builder.Property(a => a.Alias).HasMaxLength(ManufacturerAlias.NameLength);
        builder.Property(a => a.NormalizedAlias).HasMaxLength(ManufacturerAlias.NameLength);
        builder.Property(a => a.Canonical).HasMaxLength(ManufacturerAlias.NameLength);
        builder.Property(a => a.ProductScope).HasMaxLength(ManufacturerAlias.TextLength);
        builder.Property(a => a.Note).HasMaxLength(ManufacturerAlias.TextLength);
        builder.Property(a => a.CreatedBy).HasMaxLength(ManufacturerAlias.NameLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TenantId, a.NormalizedAlias }).IsUnique();
    }
}
