using MedVigil.Domain.Common;

namespace MedVigil.Domain.Mitigations;

/// <summary>
/// The priority of one finding on one device just before and just after a mitigation was verified, with the SSVC
/// inputs as value summaries, kept so history shows what the mitigation bought even after feeds and inventory change.
/// A priority is null when the finding needed none; <see cref="PriorityAfter"/> is <c>fixed-by-mitigation</c> or
/// <c>retired-by-mitigation</c> when the mitigation resolved it.
/// </summary>
public sealed class MitigationResidual : ITenantOwned
{
    private MitigationResidual()
    {
        VulnerabilityId = InputsBefore = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid MitigationId { get; private set; }

    public Guid FindingId { get; private set; }

    public Guid DeviceId { get; private set; }

    public string VulnerabilityId { get; private set; }

    public string? PriorityBefore { get; private set; }

    public string? PriorityAfter { get; private set; }

    public string InputsBefore { get; private set; }

    /// <summary>Null when the mitigation resolved the finding (no inputs left to assess).</summary>
    public string? InputsAfter { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static MitigationResidual Record(Mitigation mitigation, ResidualPriority residual, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(mitigation);
        ArgumentNullException.ThrowIfNull(residual);
        return new MitigationResidual
        {
            TenantId = mitigation.TenantId,
            Id = Ids.New(time),
            MitigationId = mitigation.Id,
            FindingId = residual.FindingId,
            DeviceId = residual.DeviceId,
            VulnerabilityId = residual.VulnerabilityId,
            PriorityBefore = residual.PriorityBefore,
            PriorityAfter = residual.PriorityAfter,
            InputsBefore = residual.InputsBefore,
            InputsAfter = residual.InputsAfter,
            RecordedAt = time.GetUtcNow(),
        };
    }
}

/// <summary>One finding on one device, before and after a mitigation (verified or only imagined by a what-if).</summary>
public sealed record ResidualPriority(
    Guid FindingId, Guid DeviceId, string AssetId, string VulnerabilityId, string? PriorityBefore, string? PriorityAfter,
    DateOnly? DueBefore, DateOnly? DueAfter, string InputsBefore, string? InputsAfter, string? ChangedBecause);
