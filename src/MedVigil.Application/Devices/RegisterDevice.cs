using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Formats.Inventory;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Devices;

/// <summary>Adds a device to the inventory; an asset id already in use is a conflict, not an update.</summary>
public sealed class RegisterDevice(MedVigilDbContext db, TimeProvider time, GetDevice getDevice)
{
    private const int Attempts = 3;

    public async Task<Result<DeviceView>> ExecuteAsync(DeviceInput input, CancellationToken cancellationToken)
    {
        var validated = input.Validate("request");
        if (!validated.TryGetValue(out var record))
        {
            return validated.Error!;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RegisterAsync(record, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another writer created the same manufacturer, model or asset id first: start again from what is stored.
                db.ChangeTracker.Clear();
                db.DiscardPendingAudit();
            }
        }
    }

    private async Task<Result<DeviceView>> RegisterAsync(InventoryRecord record, CancellationToken cancellationToken)
    {
        var writer = new DeviceWriter(db, time);
        await writer.LoadAsync([record], cancellationToken);
        if (writer.Find(record.AssetId) is not null)
        {
            return Error.Conflict("asset_id_taken", $"A device with asset id '{record.AssetId}' already exists.");
        }

        if (writer.Check([record]).FirstOrDefault() is { Reason: not null } problem)
        {
            return Error.Validation("Invalid device.", new FieldError(problem.Column, problem.Reason));
        }

        var device = writer.WriteAll([record])[0].Device;
        db.Audit("device.registered", nameof(Device), device.AssetId,
            $"Device {device.AssetId} registered: {record.Manufacturer} {record.Model} {record.SoftwareVersion}.");
        await db.SaveChangesAsync(cancellationToken);
        return await getDevice.ExecuteAsync(device.Id, cancellationToken);
    }
}
