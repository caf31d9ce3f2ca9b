using MedVigil.Domain.Catalog;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Tenants;
using MedVigil.Persistence;

namespace MedVigil.Application.Devices;

/// <summary>A device as clients see it: catalogue names resolved, enums in their wire names.</summary>
public sealed record DeviceView(
    Guid Id,
    string AssetId,
    string Manufacturer,
    string Model,
    string? ModelNumber,
    string SoftwareVersion,
    string? SerialNumber,
    string? CareUnit,
    string ClinicalFunction,
    string Exposure,
    string? IpAddress,
    string? MacAddress,
    int? Vlan,
    string? Hostname,
    bool HoldsPatientData,
    string? OperatingSystem,
    DateOnly? OsEndOfSupport,
    string? Owner,
    string LifecycleStatus,
    string? ParentAssetId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The one query that turns devices into <see cref="DeviceView"/>s, so list and detail agree.</summary>
internal static class DeviceViews
{
    public static IQueryable<DeviceRow> Rows(MedVigilDbContext db) =>
        from device in db.Devices
        join version in db.ModelVersions on device.ModelVersionId equals version.Id
        join model in db.DeviceModels on version.DeviceModelId equals model.Id
        join manufacturer in db.Manufacturers on model.ManufacturerId equals manufacturer.Id
        join unit in db.CareUnits on device.CareUnitId equals (Guid?)unit.Id into units
        from unit in units.DefaultIfEmpty()
        join parent in db.Devices on device.ParentDeviceId equals (Guid?)parent.Id into parents
        from parent in parents.DefaultIfEmpty()
        // An object initializer, not a constructor: EF can filter and sort through member-init projections.
        select new DeviceRow
        {
            Device = device,
            Version = version,
            Model = model,
            Manufacturer = manufacturer,
            Unit = unit,
            ParentAssetId = parent == null ? null : parent.AssetId,
        };

    public static DeviceView ToView(this DeviceRow row) => new(
        row.Device.Id, row.Device.AssetId, row.Manufacturer.Name, row.Model.Name, row.Model.ModelNumber,
        row.Version.Version, row.Device.SerialNumber, row.Unit?.Name,
        DeviceVocabulary.ToWire(row.Device.ClinicalFunction), DeviceVocabulary.ToWire(row.Device.Exposure),
        row.Device.IpAddress, row.Device.MacAddress, row.Device.Vlan, row.Device.Hostname, row.Device.HoldsPatientData,
        row.Device.OperatingSystem, row.Device.OsEndOfSupport, row.Device.Owner,
        DeviceVocabulary.ToWire(row.Device.LifecycleStatus), row.ParentAssetId, row.Device.CreatedAt, row.Device.UpdatedAt);

    internal sealed class DeviceRow
    {
        public required Device Device { get; init; }

        public required ModelVersion Version { get; init; }

        public required DeviceModel Model { get; init; }

        public required Manufacturer Manufacturer { get; init; }

        public CareUnit? Unit { get; init; }

        public string? ParentAssetId { get; init; }
    }
}
