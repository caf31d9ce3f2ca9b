using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Overview;

public sealed record CareUnitCount(string CareUnit, int Devices);

public sealed record TenantOverview(string TenantName, int Devices, IReadOnlyList<CareUnitCount> ByCareUnit);

/// <summary>The numbers on the home page: how many devices the tenant has, and where.</summary>
public sealed class GetOverview(MedVigilDbContext db)
{
    public async Task<TenantOverview> ExecuteAsync(CancellationToken cancellationToken)
    {
        var tenantId = db.Scope.RequireTenant();
        var name = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var total = await db.Devices.CountAsync(cancellationToken);
        var byUnit = await (
                from device in db.Devices
                join unit in db.CareUnits on device.CareUnitId equals (Guid?)unit.Id into units
                from unit in units.DefaultIfEmpty()
                group device by unit == null ? "(no care unit)" : unit.Name into g
                select new CareUnitCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return new TenantOverview(name, total, [.. byUnit.OrderByDescending(c => c.Devices).ThenBy(c => c.CareUnit, StringComparer.Ordinal)]);
    }
}
