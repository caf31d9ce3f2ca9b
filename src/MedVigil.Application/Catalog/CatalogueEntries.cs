using MedVigil.Domain.Catalog;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Catalog;

/// <summary>
/// Finds or creates one manufacturer / model / model version of the tenant's catalogue by name, with the rules the
/// inventory import uses: manufacturers by <see cref="Manufacturer.Normalize"/>d name, models and versions by name
/// ignoring case. New entries are added to the context, not saved: the caller's save makes them part of its change.
/// </summary>
internal static class CatalogueEntries
{
    public static async Task<ModelVersion> FindOrCreateAsync(
        MedVigilDbContext db, TimeProvider time, string manufacturer, string model, string version, CancellationToken cancellationToken)
    {
        var normalized = Manufacturer.Normalize(manufacturer);
        var maker = await db.Manufacturers.FirstOrDefaultAsync(m => m.NormalizedName == normalized, cancellationToken);
        if (maker is null)
        {
            maker = Manufacturer.Create(db.Scope.RequireTenant(), manufacturer, time);
            db.Add(maker);
        }

        var models = await db.DeviceModels.Where(m => m.ManufacturerId == maker.Id).ToListAsync(cancellationToken);
        var found = models.FirstOrDefault(m => string.Equals(m.Name, model.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            found = DeviceModel.Create(maker, model, null, time);
            db.Add(found);
        }

        var versions = await db.ModelVersions.Where(v => v.DeviceModelId == found.Id).ToListAsync(cancellationToken);
        var entry = versions.FirstOrDefault(v => string.Equals(v.Version, version.Trim(), StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            entry = ModelVersion.Create(found, version, time);
            db.Add(entry);
        }

        return entry;
    }
}
