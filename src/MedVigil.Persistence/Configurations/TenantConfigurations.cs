using MedVigil.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedVigil.Persistence.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Slug).HasMaxLength(40);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.Name }).IsUnique();
    }
}

internal sealed class CareUnitConfiguration : IEntityTypeConfiguration<CareUnit>
{
    public void Configure(EntityTypeBuilder<CareUnit> builder)
    {
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => new { c.TenantId, c.SiteId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.Name }).IsUnique();
    }
}
