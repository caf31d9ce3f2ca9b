using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Mitigations;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>The kind and the devices (by asset id) of a mitigation or a what-if: a known kind, and every device in the tenant.</summary>
internal static class MitigationDevices
{
    public static async Task<Result<(MitigationKind Kind, IReadOnlyList<Device> Devices)>> ResolveAsync(
        MedVigilDbContext db, string? kindText, IReadOnlyList<string>? assetIds, CancellationToken cancellationToken)
    {
        if (!MitigationVocabulary.TryParse(kindText, out var kind))
        {
            return Error.Validation($"kind: one of {string.Join(", ", MitigationVocabulary.KindNames)}.",
                new FieldError("kind", "one of " + string.Join(", ", MitigationVocabulary.KindNames)));
        }

        var devices = await ResolveAsync(db, assetIds, cancellationToken);
        return devices.IsSuccess ? (kind, devices.Value) : devices.Error;
    }

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
