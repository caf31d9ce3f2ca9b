using MedVigil.Application.Risk;
using MedVigil.Application.Risk.Acceptance;
using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Findings;

/// <summary>
/// The open findings of one model version itself, whether or not any device of it is in the inventory (what a
/// manufacturer or a procurement review asks of a product version). Rows have no asset id; their priority assumes
/// the worst device (exposure and clinical function unknown), an upper bound for every device of the version.
/// </summary>
public sealed class ListModelVersionFindings(MedVigilDbContext db, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<FindingRow>>> ExecuteAsync(Guid modelVersionId, CancellationToken cancellationToken)
    {
        var version = await (
                from v in db.ModelVersions
                join model in db.DeviceModels on v.DeviceModelId equals model.Id
                join manufacturer in db.Manufacturers on model.ManufacturerId equals manufacturer.Id
                where v.Id == modelVersionId
                select new { ModelId = model.Id, Manufacturer = manufacturer.Name, Model = model.Name, v.Version })
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return Error.NotFound("Model version", modelVersionId);
        }

        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.RetractedAt == null && f.ModelVersionId == modelVersionId)
            .ToListAsync(cancellationToken);
        var facts = await FindingRiskData.LoadAsync(db, findings.Select(f => f.VulnerabilityId), cancellationToken);
        var acceptances = await RiskAcceptances.LoadAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        return findings.OrderBy(f => f.VulnerabilityId, StringComparer.Ordinal).ThenBy(f => f.ComponentText, StringComparer.Ordinal)
            .Select(f => ListFindings.Row(
                f, f.Analysis,
                acceptances.Apply(FindingRiskData.Assess(f, f.Analysis, facts, Exposure.Unknown, ClinicalFunction.Unknown, null), f, null, modelVersionId, version.ModelId, now),
                null, version.Manufacturer, version.Model, version.Version))
            .ToList();
    }
}
