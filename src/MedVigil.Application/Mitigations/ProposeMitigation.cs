using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Domain.Mitigations;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>
/// A proposed mitigation: its kind (<c>update</c>, <c>segmentation</c>, <c>disable-service</c>,
/// <c>compensating-control</c>, <c>enhanced-monitoring</c>, <c>retire</c>), the devices by asset id, the
/// vulnerabilities and findings it addresses, and its clinical cost.
/// </summary>
public sealed record ProposeMitigationCommand(
    string? Kind, IReadOnlyList<string> Devices, string? Owner, IReadOnlyList<string>? Vulnerabilities = null, IReadOnlyList<Guid>? Findings = null,
    int DowntimeMinutesPerDevice = 0, bool SignOffRequired = false, bool OutOfServiceDuringWork = false, string? Notes = null);

/// <summary>Proposes a mitigation. Audited as <c>mitigation.proposed</c>.</summary>
public sealed class ProposeMitigation(MedVigilDbContext db, TenantScope scope, TimeProvider time)
{
    public async Task<Result<MitigationView>> ExecuteAsync(ProposeMitigationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var tenantId = scope.RequireTenant();
        var target = await MitigationDevices.ResolveAsync(db, command.Kind, command.Devices, cancellationToken);
        if (!target.TryGetValue(out var resolved))
        {
            return target.Error!;
        }

        var (kind, devices) = resolved;

        var findingIds = command.Findings ?? [];
        var known = await db.Findings.AsNoTracking().Where(f => findingIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
        if (findingIds.FirstOrDefault(f => !known.Contains(f)) is var missing && missing != Guid.Empty)
        {
            return Error.NotFound("Finding", missing);
        }

        var proposed = Mitigation.Propose(
            tenantId, kind, devices.Select(d => d.Id).ToList(), command.Vulnerabilities ?? [], findingIds,
            new ClinicalCost(TimeSpan.FromMinutes(command.DowntimeMinutesPerDevice), command.SignOffRequired, command.OutOfServiceDuringWork),
            command.Owner ?? "", command.Notes, new MitigationActor(scope.Actor, scope.Role ?? Role.Viewer), time);
        if (!proposed.TryGetValue(out var mitigation))
        {
            return proposed.Error!;
        }

        db.Mitigations.Add(mitigation);
        db.Audit("mitigation.proposed", nameof(Mitigation), mitigation.Id,
            $"{MitigationVocabulary.Name(kind)} on {string.Join(", ", devices.Select(d => d.AssetId))}"
            + (mitigation.VulnerabilityIds.Count > 0 ? $" for {string.Join(", ", mitigation.VulnerabilityIds)}" : "")
            + $"; downtime {mitigation.Cost.DowntimePerDevice} per device, owner {mitigation.Owner}");
        await db.SaveChangesAsync(cancellationToken);
        return (await MitigationViews.ToViewsAsync(db, [mitigation], false, cancellationToken))[0];
    }
}
