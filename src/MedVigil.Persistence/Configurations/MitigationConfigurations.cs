using MedVigil.Domain.Mitigations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MedVigil.Persistence.Configurations;

internal sealed class MitigationConfiguration : IEntityTypeConfiguration<Mitigation>
{
    public void Configure(EntityTypeBuilder<Mitigation> builder)
    {
        builder.HasKey(m => new { m.TenantId, m.Id });
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        // The links are read whole with their mitigation (a tenant has few), never joined on: one text column each,
        // the same on both providers. Devices are by id; vulnerabilities are global reference data (no constraint).
        builder.Property(m => m.DeviceIds).HasConversion(IdList.Converter, IdList.Comparer).HasMaxLength(40_000);
        builder.Property(m => m.FindingIds).HasConversion(IdList.Converter, IdList.Comparer).HasMaxLength(40_000);
        builder.Property(m => m.VulnerabilityIds).HasConversion(TextList.Converter, TextList.Comparer).HasMaxLength(40_000);
        builder.OwnsOne(m => m.Cost, cost =>
        {
            cost.Property(c => c.DowntimePerDevice).HasColumnName("DowntimePerDevice");
            cost.Property(c => c.SignOffRequired).HasColumnName("SignOffRequired");
            cost.Property(c => c.OutOfServiceDuringWork).HasColumnName("OutOfServiceDuringWork");
            cost.Ignore(c => c.NeedsDowntime);
        });
        builder.Navigation(m => m.Cost).IsRequired();
        builder.OwnsOne(m => m.SignOff, signOff =>
        {
            signOff.Property(s => s.By).HasMaxLength(Mitigation.NameMaxLength).HasColumnName("SignOffBy");
            signOff.Property(s => s.At).HasColumnName("SignOffAt");
            signOff.Property(s => s.Note).HasMaxLength(Mitigation.NotesMaxLength).HasColumnName("SignOffNote");
        });
        builder.Property(m => m.Owner).HasMaxLength(Mitigation.NameMaxLength);
        builder.Property(m => m.Notes).HasMaxLength(Mitigation.NotesMaxLength);
        builder.Property(m => m.ProposedBy).HasMaxLength(Mitigation.NameMaxLength);
        builder.Property(m => m.ApprovedBy).HasMaxLength(Mitigation.NameMaxLength);
        builder.Property(m => m.VerifiedBy).HasMaxLength(Mitigation.NameMaxLength);
        builder.Property(m => m.ClosedReason).HasMaxLength(Mitigation.NotesMaxLength);
        builder.Ignore(m => m.IsFinal);
        builder.HasIndex(m => new { m.TenantId, m.State });
    }

    private static class IdList
    {
        public static readonly ValueConverter<IReadOnlyList<Guid>, string> Converter = new(
            ids => string.Join(',', ids),
            text => text.Length == 0 ? Array.Empty<Guid>() : text.Split(',', StringSplitOptions.None).Select(Guid.Parse).ToArray());

        public static readonly ValueComparer<IReadOnlyList<Guid>> Comparer = new(
            (a, b) => a!.SequenceEqual(b!), ids => ids.Aggregate(0, (h, id) => HashCode.Combine(h, id)), ids => ids.ToArray());
    }

    private static class TextList
    {
        public static readonly ValueConverter<IReadOnlyList<string>, string> Converter = new(
            ids => string.Join(',', ids),
            text => text.Length == 0 ? Array.Empty<string>() : text.Split(',', StringSplitOptions.None));

        public static readonly ValueComparer<IReadOnlyList<string>> Comparer = new(
            (a, b) => a!.SequenceEqual(b!), ids => ids.Aggregate(0, (h, id) => HashCode.Combine(h, id)), ids => ids.ToArray());
    }
}

internal sealed class MitigationResidualConfiguration : IEntityTypeConfiguration<MitigationResidual>
{
    public void Configure(EntityTypeBuilder<MitigationResidual> builder)
    {
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.VulnerabilityId).HasMaxLength(100);
        builder.Property(r => r.PriorityBefore).HasMaxLength(30);
        builder.Property(r => r.PriorityAfter).HasMaxLength(30);
        builder.Property(r => r.InputsBefore).HasMaxLength(200);
        builder.Property(r => r.InputsAfter).HasMaxLength(200);
        builder.HasOne<Mitigation>().WithMany().HasForeignKey(r => new { r.TenantId, r.MitigationId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TenantId, r.MitigationId });
        builder.HasIndex(r => new { r.TenantId, r.FindingId });
    }
}
