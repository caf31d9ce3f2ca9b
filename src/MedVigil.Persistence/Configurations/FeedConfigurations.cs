using MedVigil.Domain.Feeds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedVigil.Persistence.Configurations;

internal sealed class FeedStateConfiguration : IEntityTypeConfiguration<FeedState>
{
    public void Configure(EntityTypeBuilder<FeedState> builder)
    {
        builder.HasKey(f => f.Name);
        builder.Property(f => f.Name).HasMaxLength(FeedState.MaxNameLength);
        builder.Property(f => f.Watermark).HasMaxLength(FeedState.MaxWatermarkLength);
        builder.Property(f => f.ETag).HasMaxLength(FeedState.MaxWatermarkLength);
        builder.Property(f => f.LastModified).HasMaxLength(100);
        builder.Property(f => f.LastError).HasMaxLength(FeedState.MaxErrorLength);
        builder.Property(f => f.LeaseOwner).HasMaxLength(FeedState.MaxOwnerLength);
        // Compared in the lease's conditional UPDATE: SQLite cannot compare DateTimeOffset text in SQL, so the lease
        // end is stored on both providers as Unix milliseconds, which order as the instants do (ADR 0014).
        builder.Property(f => f.LeaseUntil).HasConversion(
            v => v.HasValue ? v.Value.ToUnixTimeMilliseconds() : (long?)null,
            v => v.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(v.Value) : null);
    }
}
