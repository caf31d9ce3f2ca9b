using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Advisories;

/// <summary>The steps every advisory import shares once a document is read: find the current revision, store a newer one.</summary>
internal static class AdvisoryRevisions
{
    /// <summary>The current (not superseded) revision of an advisory, or null when none is stored.</summary>
    public static Task<Advisory?> CurrentAsync(MedVigilDbContext db, AdvisorySource source, string externalId, CancellationToken cancellationToken) =>
        db.Advisories
            .Where(a => a.Source == source && a.ExternalId == externalId && a.SupersededById == null)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Adds the raw document and the new revision, marks <paramref name="current"/> superseded by it, records
    /// <paramref name="summary"/> in the tenant's audit chain when a tenant is in scope (ADR 0010), and saves.
    /// </summary>
    public static async Task StoreAsync(
        MedVigilDbContext db, SourceDocument document, Advisory advisory, Advisory? current, string summary, CancellationToken cancellationToken)
    {
        db.SourceDocuments.Add(document);
        db.Advisories.Add(advisory);
        current?.SupersedeBy(advisory);
        if (db.Scope.TenantId is not null)
        {
            db.Audit(current is null ? "advisory.imported" : "advisory.superseded", nameof(Advisory), advisory.Id, summary);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
