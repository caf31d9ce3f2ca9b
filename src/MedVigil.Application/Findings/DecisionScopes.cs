using MedVigil.Domain.Common;
using MedVigil.Domain.Findings;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Findings;

/// <summary>
/// Resolves how far a decision about a model version's finding reaches (an analysis, a risk acceptance): the device
/// named by asset id (which must be of that model version), the model version itself, or its model.
/// </summary>
internal static class DecisionScopes
{
    public static async Task<Result<(DecisionScope Scope, Guid ScopeId)>> ResolveAsync(
        MedVigilDbContext db, string? scopeText, Guid versionId, string? assetId, CancellationToken cancellationToken)
    {
        if (AnalysisText.ParseScope(scopeText) is not { } scope)
        {
            return Error.Validation("scope: one of device, model_version, model.", new FieldError("scope", "one of device, model_version, model"));
        }

        switch (scope)
        {
            case DecisionScope.Device:
                var device = await db.Devices.AsNoTracking().SingleOrDefaultAsync(d => d.AssetId == assetId, cancellationToken);
                if (device is null)
                {
                    return assetId is null
                        ? Error.Validation("asset_id: a device-scoped decision names the device.", new FieldError("asset_id", "a device-scoped decision names the device"))
                        : Error.NotFound("Device", assetId);
                }

                return device.ModelVersionId == versionId
                    ? (scope, device.Id)
                    : Error.Validation($"asset_id: device '{assetId}' is not of the finding's model version.",
                        new FieldError("asset_id", $"device '{assetId}' is not of the finding's model version"));
            case DecisionScope.Model:
                return (scope, await db.ModelVersions.Where(v => v.Id == versionId).Select(v => v.DeviceModelId).SingleAsync(cancellationToken));
            default:
                return (scope, versionId);
        }
    }

    /// <summary>What each scope id names, for people: the asset id, "Manufacturer Model Version" or "Manufacturer Model".</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(
        MedVigilDbContext db, IEnumerable<(DecisionScope Scope, Guid ScopeId)> scopes, CancellationToken cancellationToken)
    {
        var wanted = scopes.ToList();
        var deviceIds = wanted.Where(s => s.Scope == DecisionScope.Device).Select(s => s.ScopeId).Distinct().ToList();
        var versionIds = wanted.Where(s => s.Scope == DecisionScope.ModelVersion).Select(s => s.ScopeId).Distinct().ToList();
        var modelIds = wanted.Where(s => s.Scope == DecisionScope.Model).Select(s => s.ScopeId).Distinct().ToList();
        var names = await db.Devices.AsNoTracking().Where(d => deviceIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.AssetId, cancellationToken);
        var versions = await (
                from version in db.ModelVersions.Where(v => versionIds.Contains(v.Id))
                join model in db.DeviceModels on version.DeviceModelId equals model.Id
                join manufacturer in db.Manufacturers on model.ManufacturerId equals manufacturer.Id
                select new { version.Id, Name = manufacturer.Name + " " + model.Name + " " + version.Version })
            .ToListAsync(cancellationToken);
        var models = await (
                from model in db.DeviceModels.Where(m => modelIds.Contains(m.Id))
                join manufacturer in db.Manufacturers on model.ManufacturerId equals manufacturer.Id
                select new { model.Id, Name = manufacturer.Name + " " + model.Name })
            .ToListAsync(cancellationToken);
        foreach (var named in versions.Concat(models))
        {
            names[named.Id] = named.Name;
        }

        return names;
    }
}
