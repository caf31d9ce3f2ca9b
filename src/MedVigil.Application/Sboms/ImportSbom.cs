using System.Globalization;
using MedVigil.Application.Catalog;
using MedVigil.Domain.Catalog;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Formats.Common;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Sboms;

/// <summary>
/// One SBOM to import. <see cref="Source"/> names it in messages; the manufacturer, model and version, when given,
/// override what the SBOM says about the product it describes.
/// </summary>
public sealed record ImportSbomCommand(string Source, byte[] Content, string? Manufacturer = null, string? Model = null, string? Version = null);

/// <summary>What an SBOM import did.</summary>
public enum SbomImportOutcome
{
    /// <summary>The model version had no components; the SBOM's were stored.</summary>
    Imported,

    /// <summary>The model version's components were replaced by the SBOM's.</summary>
    Replaced,

    /// <summary>
    /// The model version already had exactly these components: nothing was written when it was last imported from these
    /// same bytes; otherwise only the new raw SBOM was kept and linked.
    /// </summary>
    Unchanged,
}

/// <summary>The outcome, the model version the SBOM was attached to, the component counts and the SBOM's SHA-256.</summary>
public sealed record SbomImportResult(
    SbomImportOutcome Outcome, string Format, string Manufacturer, string Model, string Version, int Components, int Added, int Removed,
    string Sha256);

/// <summary>
/// Imports one CycloneDX or SPDX SBOM for a model version of the tenant's catalogue, all or nothing: the
/// manufacturer, model and version are found or created by name, and the version's components are replaced by the
/// SBOM's (components no longer listed are deleted, identical ones kept). The raw bytes are kept as the tenant's
/// <see cref="SbomDocument"/> by SHA-256 and the model version linked to them (ADR 0016). A document with any error
/// issue is refused with every issue listed; the same bytes again for the same model version write nothing. One
/// <c>sbom.imported</c> audit entry; the component rows are written in bulk in the same transaction (<see cref="ComponentRows"/>).
/// </summary>
public sealed class ImportSbom(MedVigilDbContext db, TimeProvider time)
{
    /// <summary>The largest SBOM accepted.</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    public async Task<Result<SbomImportResult>> ExecuteAsync(ImportSbomCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Content.Length > MaxBytes)
        {
            return ReferenceData.TooLarge(command.Source, MaxBytes);
        }

        var parsed = SbomParser.Parse(command.Source, command.Content, ReaderLimits.Default with { MaxBytes = MaxBytes });
        if (!parsed.TryGetValue(out var sbom))
        {
            return parsed.Error!;
        }

        var target = SbomTarget.Resolve(command, sbom);
        if (!target.TryGetValue(out var product))
        {
            return target.Error!;
        }

        var wanted = sbom.Components.Distinct().ToList();
        if (SbomTarget.CheckLengths(command.Source, wanted) is { } tooLong)
        {
            return tooLong;
        }

        var sha = SourceDocument.HashOf(command.Content);
        var version = await CatalogueEntries.FindOrCreateAsync(db, time, product.Manufacturer, product.Model, product.Version, cancellationToken);
        if (string.Equals(version.SbomSha256, sha, StringComparison.Ordinal))
        {
            return new SbomImportResult(SbomImportOutcome.Unchanged, sbom.Format, product.Manufacturer, product.Model, product.Version,
                wanted.Count, 0, 0, sha);
        }

        var existing = await ComponentRows.LoadAsync(db, version.Id, cancellationToken);
        var wantedSet = wanted.ToHashSet();
        var kept = new HashSet<SbomComponent>();
        var removed = existing.Where(c => !wantedSet.Contains(c.Key) || !kept.Add(c.Key)).Select(c => c.Id).ToList();
        var added = wanted.Where(w => !kept.Contains(w)).ToList();
        var outcome = removed.Count == 0 && added.Count == 0 ? SbomImportOutcome.Unchanged
            : existing.Count == 0 ? SbomImportOutcome.Imported : SbomImportOutcome.Replaced;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await db.SbomDocuments.FirstOrDefaultAsync(d => d.Sha256 == sha, cancellationToken);
        if (document is null)
        {
            document = SbomDocument.Create(db.Scope.RequireTenant(), command.Content, sbom.Format, time);
            db.SbomDocuments.Add(document);
        }

        version.AttachSbom(document);
        db.Audit("sbom.imported", nameof(ModelVersion), version.Id, string.Create(CultureInfo.InvariantCulture,
            $"{sbom.Format} SBOM from {command.Source} (sha256 {sha}) for {product.Manufacturer} {product.Model} {product.Version}: {wanted.Count} components ({added.Count} added, {removed.Count} removed)."));
        await db.SaveChangesAsync(cancellationToken);
        await ComponentRows.ReplaceAsync(db, version, removed, added, time, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SbomImportResult(outcome, sbom.Format, product.Manufacturer, product.Model, product.Version, wanted.Count, added.Count, removed.Count, sha);
    }
}
