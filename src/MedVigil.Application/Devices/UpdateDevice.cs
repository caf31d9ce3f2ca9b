using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Devices;

/// <summary>Replaces a device's details. The asset id names the device and cannot change.</summary>
public sealed class UpdateDevice(MedVigilDbContext db, TimeProvider time, GetDevice getDevice)
{
    public async Task<Result<DeviceView>> ExecuteAsync(Guid deviceId, DeviceInput input, CancellationToken cancellationToken)
    {
        var existing = await db.Devices.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deviceId, cancellationToken);
        if (existing is null)
        {
            return Error.NotFound("Device", deviceId);
        }

        var validated = (input with { AssetId = input.AssetId ?? existing.AssetId }).Validate("request");
        if (!validated.TryGetValue(out var record))
        {
            return validated.Error!;
        }

        if (!string.Equals(record.AssetId, existing.AssetId, StringComparison.Ordinal))
        {
            return Error.Validation("Invalid device.", new FieldError("assetId", "the asset id of a device cannot change"));
        }

        var writer = new DeviceWriter(db, time);
        await writer.LoadAsync([record], cancellationToken);
        if (writer.Check([record]).FirstOrDefault() is { Reason: not null } problem)
        {
            return problem.Column == "asset_id"
                ? Error.InvalidTransition(problem.Reason)
                : Error.Validation("Invalid device.", new FieldError(problem.Column, problem.Reason));
        }

        var write = writer.WriteAll([record])[0];
        if (write.Kind == WriteKind.Updated)
        {
            db.Audit("device.updated", nameof(Device), existing.AssetId, string.Join("; ", write.Changes));
            await db.SaveChangesAsync(cancellationToken);
        }

        return await getDevice.ExecuteAsync(deviceId, cancellationToken);
    }
}
