using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>Devices named by asset id for a mitigation or a what-if: every one must exist in the tenant.</summary>
internal static class MitigationDevices
{
    public static async Task<Result<IReadOnlyList<Device>>> ResolveAsync(MedVigilDbContext db, IReadOnlyList<string>? assetIds, CancellationToken cancellationToken)
    {
        var names = (assetIds ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return Error.Validation("devices: name at least one device (asset id).", new FieldError("devices", "name at least one device"));
        }

        var devices = await db.Devices.AsNoTracking().Where(d => names.Contains(d.AssetId)).ToListAsync(cancellationToken);
        if (names.FirstOrDefault(n => devices.All(d => d.AssetId != n)) is { } unknown)
        {
            return Error.NotFound("Device", unknown);
        }

        return devices;
    }
}
