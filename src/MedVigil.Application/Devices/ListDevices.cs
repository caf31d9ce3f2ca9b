using MedVigil.Application.Common;
using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Devices;

/// <summary>Filters for the device list; every one is optional and they combine with AND.</summary>
public sealed record ListDevicesQuery(
    Paging Paging,
    string? CareUnit = null,
    string? ClinicalFunction = null,
    string? Exposure = null,
    string? LifecycleStatus = null,
    string? Manufacturer = null,
    string? Search = null);

/// <summary>Pages through the tenant's devices in asset-id order.</summary>
public sealed class ListDevices(MedVigilDbContext db)
{
    public async Task<Result<Page<DeviceView>>> ExecuteAsync(ListDevicesQuery query, CancellationToken cancellationToken)
    {
        var rows = DeviceViews.Rows(db).AsNoTracking();
        var errors = new List<FieldError>();
        if (query.ClinicalFunction is not null)
        {
            if (DeviceVocabulary.TryParse(query.ClinicalFunction, out ClinicalFunction function))
            {
                rows = rows.Where(r => r.Device.ClinicalFunction == function);
            }
            else
            {
                errors.Add(new FieldError("clinicalFunction", "one of " + string.Join(", ", DeviceVocabulary.ClinicalFunctionNames)));
            }
        }

        if (query.Exposure is not null)
        {
            if (DeviceVocabulary.TryParse(query.Exposure, out Exposure exposure))
            {
                rows = rows.Where(r => r.Device.Exposure == exposure);
            }
            else
            {
                errors.Add(new FieldError("exposure", "one of " + string.Join(", ", DeviceVocabulary.ExposureNames)));
            }
        }

        if (query.LifecycleStatus is not null)
        {
            if (DeviceVocabulary.TryParse(query.LifecycleStatus, out LifecycleStatus status))
            {
                rows = rows.Where(r => r.Device.LifecycleStatus == status);
            }
            else
            {
                errors.Add(new FieldError("lifecycleStatus", "one of " + string.Join(", ", DeviceVocabulary.LifecycleStatusNames)));
            }
        }

        if (errors.Count > 0)
        {
            return Error.Validation("Invalid device filter.", [.. errors]);
        }

        if (!string.IsNullOrWhiteSpace(query.CareUnit))
        {
            rows = rows.Where(r => r.Unit != null && r.Unit.Name == query.CareUnit);
        }

        if (!string.IsNullOrWhiteSpace(query.Manufacturer))
        {
            var normalized = Domain.Catalog.Manufacturer.Normalize(query.Manufacturer);
            rows = rows.Where(r => r.Manufacturer.NormalizedName == normalized);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            rows = rows.Where(r => r.Device.AssetId.Contains(term) || r.Model.Name.Contains(term)
                || (r.Device.Hostname != null && r.Device.Hostname.Contains(term))
                || (r.Device.IpAddress != null && r.Device.IpAddress.Contains(term))
                || (r.Device.SerialNumber != null && r.Device.SerialNumber.Contains(term)));
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderBy(r => r.Device.AssetId)
            .Skip(query.Paging.Skip).Take(query.Paging.Size)
            .ToListAsync(cancellationToken);
        return new Page<DeviceView>([.. items.Select(r => r.ToView())], query.Paging.Number, query.Paging.Size, total);
    }
}
