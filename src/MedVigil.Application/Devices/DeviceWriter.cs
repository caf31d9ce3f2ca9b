using MedVigil.Domain.Catalog;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Tenants;
using MedVigil.Formats.Inventory;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Devices;

public enum WriteKind
{
    Created,
    Updated,
    Unchanged,
}

public sealed record DeviceWrite(Device Device, WriteKind Kind, IReadOnlyList<string> Changes);

/// <summary>
/// The one write path for devices, shared by the API and the importers: upserts by asset id, finding or creating
/// the manufacturer, model, model version and care unit by name. Load first, then check, then write; nothing is
/// saved here, so the caller's single save makes the whole batch atomic.
/// </summary>
internal sealed class DeviceWriter(MedVigilDbContext db, TimeProvider time)
{
    private readonly Dictionary<string, Manufacturer> _manufacturers = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid, string), DeviceModel> _models = [];
    private readonly Dictionary<(Guid, string), ModelVersion> _versions = [];
    private readonly Dictionary<string, CareUnit> _units = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Device> _devices = new(StringComparer.Ordinal);
    private Site? _site;

    /// <summary>Loads the tenant's catalogue and the devices these records name (themselves and their parents).</summary>
    public async Task LoadAsync(IReadOnlyCollection<InventoryRecord> records, CancellationToken cancellationToken)
    {
        foreach (var m in await db.Manufacturers.ToListAsync(cancellationToken))
        {
            _manufacturers[m.NormalizedName] = m;
        }

        foreach (var m in await db.DeviceModels.ToListAsync(cancellationToken))
        {
            _models[(m.ManufacturerId, m.Name.ToUpperInvariant())] = m;
        }

        foreach (var v in await db.ModelVersions.ToListAsync(cancellationToken))
        {
            _versions[(v.DeviceModelId, v.Version.ToUpperInvariant())] = v;
        }

        foreach (var u in await db.CareUnits.ToListAsync(cancellationToken))
        {
            _units[u.Name] = u;
        }

        _site = await db.Sites.OrderBy(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        var assetIds = records.Select(r => r.AssetId).Concat(records.Select(r => r.ParentAssetId).OfType<string>())
            .Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in assetIds.Chunk(1000))
        {
            foreach (var d in await db.Devices.Where(d => chunk.Contains(d.AssetId)).ToListAsync(cancellationToken))
            {
                _devices[d.AssetId] = d;
            }
        }
    }

    public Device? Find(string assetId) => _devices.GetValueOrDefault(assetId);

    /// <summary>Problems that only the stored data can reveal, as (record, reason); call after <see cref="LoadAsync"/>.</summary>
    public IEnumerable<(InventoryRecord Record, string Column, string Reason)> Check(IReadOnlyList<InventoryRecord> records)
    {
        var inFile = records.Select(r => r.AssetId).ToHashSet(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (Find(record.AssetId) is { LifecycleStatus: LifecycleStatus.Retired })
            {
                yield return (record, "asset_id", $"device {record.AssetId} is retired and cannot be changed");
            }

            if (record.ParentAssetId is { } parent && !inFile.Contains(parent) && Find(parent) is null)
            {
                yield return (record, "parent_asset_id", $"parent device '{parent}' is neither in the file nor in the inventory");
            }

            if (string.Equals(record.ParentAssetId, record.AssetId, StringComparison.Ordinal))
            {
                yield return (record, "parent_asset_id", "a device cannot be its own parent");
            }

            if (record.ModelNumber is { } number && FindModel(record) is { ModelNumber: { } known } model
                && !string.Equals(known, number, StringComparison.OrdinalIgnoreCase))
            {
                yield return (record, "model_number", $"model '{model.Name}' is already recorded with model number '{known}', not '{number}'");
            }
        }
    }

    /// <summary>Upserts every record: first every device exists, then parents are linked, so order does not matter.</summary>
    public IReadOnlyList<DeviceWrite> WriteAll(IReadOnlyList<InventoryRecord> records)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => Find(r.AssetId) is null))
        {
            var device = Device.Register(db.Scope.RequireTenant(), record.AssetId, Details(record, null), time);
            db.Devices.Add(device);
            _devices[device.AssetId] = device;
            created.Add(device.AssetId);
        }

        var writes = new List<DeviceWrite>(records.Count);
        foreach (var record in records)
        {
            var device = _devices[record.AssetId];
            var changes = device.Update(Details(record, device), time);
            var kind = created.Contains(record.AssetId) ? WriteKind.Created
                : changes.Count > 0 ? WriteKind.Updated : WriteKind.Unchanged;
            writes.Add(new DeviceWrite(device, kind, changes));
        }

        return writes;
    }

    private DeviceDetails Details(InventoryRecord record, Device? existing)
    {
        bool Has(InventoryColumn column) => existing is null || record.Provided.Contains(column);
        var parentId = record.ParentAssetId is { } parent && _devices.TryGetValue(parent, out var p) ? p.Id : (Guid?)null;
        return new DeviceDetails(
            ModelVersionId: ResolveVersion(record).Id,
            CareUnitId: Has(InventoryColumn.CareUnit) ? ResolveUnit(record.CareUnit)?.Id : existing!.CareUnitId,
            ClinicalFunction: Has(InventoryColumn.ClinicalFunction) ? record.ClinicalFunction : existing!.ClinicalFunction,
            Exposure: Has(InventoryColumn.Exposure) ? record.Exposure : existing!.Exposure,
            SerialNumber: Has(InventoryColumn.SerialNumber) ? record.SerialNumber : existing!.SerialNumber,
            IpAddress: Has(InventoryColumn.IpAddress) ? record.IpAddress : existing!.IpAddress,
            MacAddress: Has(InventoryColumn.MacAddress) ? record.MacAddress : existing!.MacAddress,
            Vlan: Has(InventoryColumn.Vlan) ? record.Vlan : existing!.Vlan,
            Hostname: Has(InventoryColumn.Hostname) ? record.Hostname : existing!.Hostname,
            HoldsPatientData: Has(InventoryColumn.HoldsPatientData) ? record.HoldsPatientData : existing!.HoldsPatientData,
            OperatingSystem: Has(InventoryColumn.Os) ? record.Os : existing!.OperatingSystem,
            OsEndOfSupport: Has(InventoryColumn.OsEndOfSupport) ? record.OsEndOfSupport : existing!.OsEndOfSupport,
            Owner: Has(InventoryColumn.Owner) ? record.Owner : existing!.Owner,
            ParentDeviceId: existing is null ? null : Has(InventoryColumn.ParentAssetId) ? parentId : existing.ParentDeviceId);
    }

    private DeviceModel? FindModel(InventoryRecord record) =>
        _manufacturers.TryGetValue(Manufacturer.Normalize(record.Manufacturer), out var maker)
            ? _models.GetValueOrDefault((maker.Id, record.Model.ToUpperInvariant()))
            : null;

    private ModelVersion ResolveVersion(InventoryRecord record)
    {
        var key = Manufacturer.Normalize(record.Manufacturer);
        if (!_manufacturers.TryGetValue(key, out var maker))
        {
            maker = Add(Manufacturer.Create(db.Scope.RequireTenant(), record.Manufacturer, time));
            _manufacturers[key] = maker;
        }

        if (!_models.TryGetValue((maker.Id, record.Model.ToUpperInvariant()), out var model))
        {
            model = Add(DeviceModel.Create(maker, record.Model, record.ModelNumber, time));
            _models[(maker.Id, record.Model.ToUpperInvariant())] = model;
        }

        model.TryLearnModelNumber(record.ModelNumber);
        if (!_versions.TryGetValue((model.Id, record.SoftwareVersion.ToUpperInvariant()), out var version))
        {
            version = Add(ModelVersion.Create(model, record.SoftwareVersion, time));
            _versions[(model.Id, record.SoftwareVersion.ToUpperInvariant())] = version;
        }

        return version;
    }

    private CareUnit? ResolveUnit(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (!_units.TryGetValue(name, out var unit))
        {
            _site ??= Add(Site.Create(db.Scope.RequireTenant(), Tenants.CreateTenant.DefaultSiteName, time));
            unit = Add(CareUnit.Create(_site, name, time));
            _units[name] = unit;
        }

        return unit;
    }

    private T Add<T>(T entity) where T : class
    {
        db.Add(entity);
        return entity;
    }
}
