using MedVigil.Domain.Mitigations;
using MedVigil.Persistence;
using MedVigil.Standards.Ssvc;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>
/// One device's share of a mitigation that takes it out of use: how long, the worst current priority and the earliest
/// due date among the open findings the mitigation covers there (null when none needs action), and the planned start
/// when it is already scheduled.
/// </summary>
public sealed record DowntimeNeed(
    Guid MitigationId, Guid DeviceId, string AssetId, TimeSpan Downtime, bool OutOfService, string? Priority, DateOnly? DueDate, DateTimeOffset? PlannedStart);

/// <summary>
/// Approved and scheduled mitigations that need downtime (or take devices out of service), per device, ordered by
/// priority (worst first) and due date: what a maintenance scheduler plans (issue 6 item 7).
/// </summary>
public sealed class MitigationsNeedingDowntime(MedVigilDbContext db)
{
    public async Task<IReadOnlyList<DowntimeNeed>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var open = (await db.Mitigations.AsNoTracking()
                .Where(m => m.State == MitigationState.Approved || m.State == MitigationState.Scheduled).ToListAsync(cancellationToken))
            .Where(m => m.Cost.NeedsDowntime).ToList();
        var deviceIds = open.SelectMany(m => m.DeviceIds).Distinct().ToList();
        var rows = await DeviceFindings.LoadAsync(db, deviceIds, cancellationToken);
        var byDevice = rows.Rows.ToLookup(r => r.Device.Id);
        var assets = await db.Devices.AsNoTracking().Where(d => deviceIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.AssetId, cancellationToken);
        var needs = new List<(DowntimeNeed Need, DeployerPriority? Rank)>();
        foreach (var mitigation in open)
        {
            foreach (var deviceId in mitigation.DeviceIds)
            {
                var risks = byDevice[deviceId].Where(r => mitigation.Covers(deviceId, r.Finding.Id, r.Finding.VulnerabilityId))
                    .Select(rows.Current).Select(m => m?.Risk).OfType<Domain.Risk.FindingRisk>().ToList();
                var worst = risks.OrderByDescending(r => r.Priority).FirstOrDefault();
                var due = risks.Select(r => r.DueDate).Where(d => d is not null).Min();
                needs.Add((new DowntimeNeed(mitigation.Id, deviceId, assets.GetValueOrDefault(deviceId, deviceId.ToString()), mitigation.Cost.DowntimePerDevice,
                    mitigation.Cost.OutOfServiceDuringWork, worst?.PriorityText, due, mitigation.PlannedStart), worst?.Priority));
            }
        }

        return needs.OrderByDescending(n => n.Rank.HasValue).ThenByDescending(n => n.Rank).ThenBy(n => n.Need.DueDate ?? DateOnly.MaxValue)
            .ThenBy(n => n.Need.AssetId, StringComparer.Ordinal).Select(n => n.Need).ToList();
    }
}
