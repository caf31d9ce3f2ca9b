using MedVigil.Domain.Common;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Devices;

/// <summary>One device of the current tenant; another tenant's device is simply not found.</summary>
public sealed class GetDevice(MedVigilDbContext db)
{
    public async Task<Result<DeviceView>> ExecuteAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        var row = await DeviceViews.Rows(db).AsNoTracking()
            .SingleOrDefaultAsync(r => r.Device.Id == deviceId, cancellationToken);
        return row is null ? Error.NotFound("Device", deviceId) : row.ToView();
    }
}
