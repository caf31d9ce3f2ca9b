using System.Security.Cryptography;
using System.Text;
using MedVigil.Matching;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Findings;

/// <summary>
/// One model version as the engine sees it, with what a finding needs to point back at the catalogue: the component
/// row of each component and a fingerprint of everything the match depends on.
/// </summary>
internal sealed record AnalysisTarget(
    Guid ModelVersionId, Guid DeviceModelId, MatchTarget Target, IReadOnlyDictionary<InventoryComponent, Guid> ComponentIds, string Fingerprint);

/// <summary>
/// Loads every model version of the tenant in scope as a match target: its SBOM components, and its device facts
/// (manufacturer, model, model number, version) so advisories that name products, not packages, reach it too.
/// </summary>
internal static class AnalysisTargets
{
    /// <param name="aliasesFingerprint">The alias table's fingerprint: part of every target's, so a changed table re-evaluates them all.</param>
    public static async Task<IReadOnlyList<AnalysisTarget>> LoadAsync(MedVigilDbContext db, string aliasesFingerprint, CancellationToken cancellationToken)
    {
        var versions = await (
                from version in db.ModelVersions
                join model in db.DeviceModels on version.DeviceModelId equals model.Id
                join manufacturer in db.Manufacturers on model.ManufacturerId equals manufacturer.Id
                select new { version.Id, ModelId = model.Id, Manufacturer = manufacturer.Name, Model = model.Name, model.ModelNumber, version.Version })
            .AsNoTracking().ToListAsync(cancellationToken);
        var components = (await db.Components.AsNoTracking()
                .Select(c => new { c.Id, c.ModelVersionId, c.Purl, c.Cpe, c.Name, c.Version, c.Supplier })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.ModelVersionId);
        var targets = new List<AnalysisTarget>(versions.Count);
        foreach (var version in versions)
        {
            var ids = new Dictionary<InventoryComponent, Guid>();
            foreach (var row in components[version.Id].OrderBy(c => c.Id))
            {
                ids.TryAdd(new InventoryComponent(row.Purl, row.Cpe, row.Name, row.Version, row.Supplier), row.Id);
            }

            var facts = new DeviceFacts(version.Manufacturer, version.Model, version.ModelNumber, version.Version);
            var target = new MatchTarget(version.Id.ToString(), [.. ids.Keys], facts);
            targets.Add(new AnalysisTarget(version.Id, version.ModelId, target, ids, Fingerprint(facts, ids, aliasesFingerprint)));
        }

        return targets;
    }

    /// <summary>A SHA-256 over the device facts, the sorted components and the alias table: equal when nothing a match reads has changed.</summary>
    private static string Fingerprint(DeviceFacts facts, Dictionary<InventoryComponent, Guid> components, string aliasesFingerprint)
    {
        var text = new StringBuilder(aliasesFingerprint).Append('\n');
        text.Append(facts.Manufacturer).Append('\n').Append(facts.Model).Append('\n').Append(facts.ModelNumber).Append('\n')
            .Append(facts.SoftwareVersion).Append('\n');
        foreach (var line in components.Select(c => $"{c.Value}|{c.Key.Purl}|{c.Key.Cpe}|{c.Key.Name}|{c.Key.Version}").Order(StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
