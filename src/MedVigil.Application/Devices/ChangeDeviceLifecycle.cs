using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Devices;

/// <summary>Puts a device in use, in storage, in maintenance, or retires it for good.</summary>
public sealed class ChangeDeviceLifecycle(MedVigilDbContext db, TimeProvider time, GetDevice getDevice)
{
    public async Task<Result<DeviceView>> ExecuteAsync(Guid deviceId, string? status, CancellationToken cancellationToken)
    {
        var device = await db.Devices.SingleOrDefaultAsync(d => d.Id == deviceId, cancellationToken);
        if (device is null)
        {
            return Error.NotFound("Device", deviceId);
        }

        if (!DeviceVocabulary.TryParse(status, out LifecycleStatus target))
        {
            return Error.Validation("Invalid lifecycle status.",
                new FieldError("status", "one of " + string.Join(", ", DeviceVocabulary.LifecycleStatusNames)));
        }

        var before = device.LifecycleStatus;
        var changed = device.ChangeLifecycle(target, time);
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        if (before != target)
        {
            db.Audit("device.lifecycle_changed", nameof(Device), device.AssetId,
                $"{DeviceVocabulary.ToWire(before)} → {DeviceVocabulary.ToWire(target)}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return await getDevice.ExecuteAsync(deviceId, cancellationToken);
    }
}
