using MedVigil.Domain.Mitigations;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>A mitigation as the API and the command line show it: devices by asset id, the workflow's who and when, and
/// (for a verified one) the residual priorities kept at verification.</summary>
public sealed record MitigationView(
    Guid Id, string Kind, string State, IReadOnlyList<string> Devices, IReadOnlyList<string> Vulnerabilities, IReadOnlyList<Guid> Findings,
    TimeSpan DowntimePerDevice, bool SignOffRequired, bool OutOfServiceDuringWork, string Owner, string? Notes,
    string? SignedOffBy, DateTimeOffset? SignedOffAt, string? SignOffNote, string ProposedBy, DateTimeOffset ProposedAt,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, DateTimeOffset? PlannedStart, DateTimeOffset? DoneAt,
    string? VerifiedBy, DateTimeOffset? VerifiedAt, string? ClosedReason, IReadOnlyList<ResidualView> Residuals);

/// <summary>One finding's priority before and after the mitigation was verified, as stored then.</summary>
public sealed record ResidualView(
    string AssetId, Guid FindingId, string VulnerabilityId, string? PriorityBefore, string? PriorityAfter,
    string InputsBefore, string? InputsAfter, DateTimeOffset RecordedAt);

internal static class MitigationViews
{
    public static async Task<IReadOnlyList<MitigationView>> ToViewsAsync(
        MedVigilDbContext db, IReadOnlyList<Mitigation> mitigations, bool withResiduals, CancellationToken cancellationToken)
    {
        var deviceIds = mitigations.SelectMany(m => m.DeviceIds).Distinct().ToList();
        var assets = await db.Devices.AsNoTracking().Where(d => deviceIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.AssetId, cancellationToken);
        var ids = mitigations.Select(m => m.Id).ToList();
        var residuals = withResiduals
            ? (await db.MitigationResiduals.AsNoTracking().Where(r => ids.Contains(r.MitigationId)).ToListAsync(cancellationToken)).ToLookup(r => r.MitigationId)
            : Enumerable.Empty<MitigationResidual>().ToLookup(r => r.MitigationId);
        string Asset(Guid id) => assets.GetValueOrDefault(id, id.ToString());
        return mitigations.Select(m => new MitigationView(
                m.Id, MitigationVocabulary.Name(m.Kind), MitigationVocabulary.Name(m.State), m.DeviceIds.Select(Asset).ToList(), m.VulnerabilityIds, m.FindingIds,
                m.Cost.DowntimePerDevice, m.Cost.SignOffRequired, m.Cost.OutOfServiceDuringWork, m.Owner, m.Notes,
                m.SignOff?.By, m.SignOff?.At, m.SignOff?.Note, m.ProposedBy, m.ProposedAt, m.ApprovedBy, m.ApprovedAt, m.PlannedStart, m.DoneAt,
                m.VerifiedBy, m.VerifiedAt, m.ClosedReason,
                residuals[m.Id].OrderBy(r => Asset(r.DeviceId), StringComparer.Ordinal).ThenBy(r => r.VulnerabilityId, StringComparer.Ordinal)
                    .Select(r => new ResidualView(Asset(r.DeviceId), r.FindingId, r.VulnerabilityId, r.PriorityBefore, r.PriorityAfter, r.InputsBefore, r.InputsAfter, r.RecordedAt))
                    .ToList()))
            .ToList();
    }
}
