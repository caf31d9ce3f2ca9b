using MedVigil.Domain.Risk.Acceptance;
using MedVigil.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedVigil.Persistence.Configurations;

internal sealed class RiskAcceptanceConfiguration : IEntityTypeConfiguration<RiskAcceptance>
{
    public void Configure(EntityTypeBuilder<RiskAcceptance> builder)
    {
        builder.HasKey(a => new { a.TenantId, a.Id });
        builder.Property(a => a.VulnerabilityId).HasMaxLength(100);
        builder.Property(a => a.ComponentKey).HasMaxLength(1000);
        builder.Property(a => a.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Owner).HasMaxLength(RiskAcceptance.OwnerMaxLength);
        builder.Property(a => a.Justification).HasMaxLength(RiskAcceptance.JustificationMaxLength);
        builder.Property(a => a.AcceptedBy).HasMaxLength(RiskAcceptance.OwnerMaxLength);
        builder.Property(a => a.RevokedBy).HasMaxLength(RiskAcceptance.OwnerMaxLength);
        builder.Property(a => a.RevocationReason).HasMaxLength(RiskAcceptance.JustificationMaxLength);
        builder.Ignore(a => a.EndsAt);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TenantId, a.VulnerabilityId });
        builder.HasIndex(a => new { a.TenantId, a.ExpiresAt });
    }
}
