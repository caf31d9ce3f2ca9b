using System.Globalization;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Formats.Common;
using MedVigil.Formats.Csaf;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Advisories;

/// <summary>One CSAF document to import; <see cref="Source"/> names it in messages (a path, a URL).</summary>
public sealed record ImportCsafCommand(string Source, Stream Content);

/// <summary>
/// Imports one CSAF 2.0 document, all or nothing (ADR 0010): the raw bytes content-addressed by SHA-256, a
/// <see cref="Vulnerability"/> per CVE not yet known, and an <see cref="Advisory"/> revision that supersedes an
/// older revision of the same tracking id. The same bytes twice, or an older revision after a newer one, change
/// nothing. A document with any error issue is refused with every issue listed. Advisories are global reference
/// data; when a tenant is in scope the import is also recorded in that tenant's audit chain.
/// </summary>
public sealed class ImportCsaf(MedVigilDbContext db, TimeProvider time)
{
    /// <summary>The largest document accepted (the largest CISA advisory is well under 1 MiB).</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    public const string MediaType = "application/csaf+json";

    /// <summary>The PostgreSQL advisory-lock key that serialises writers of global reference data.</summary>
    private const long ReferenceDataLock = 0x4D56_5245_4644_4154; // "MVREFDAT"

    public async Task<Result<CsafImportResult>> ExecuteAsync(ImportCsafCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var bytes = await ReferenceData.ReadLimitedAsync(command.Content, MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return ReferenceData.TooLarge(command.Source, MaxBytes);
        }

        var sha = SourceDocument.HashOf(bytes);
        if (await db.SourceDocuments.AnyAsync(d => d.Sha256 == sha, cancellationToken))
        {
            return new CsafImportResult(CsafImportOutcome.Unchanged, sha, null, null, 0);
        }

        using var stream = new MemoryStream(bytes, writable: false);
        var read = CsafReader.Read(stream, ReaderLimits.Default with { MaxBytes = MaxBytes });
        if (!read.IsValid || read.Document is not { } document)
        {
            var errors = read.Errors.ToList();
            return ReferenceData.Refused(command.Source, errors);
        }

        // Serialise reference-data writers, then look again: another import may have stored these bytes, this
        // revision or these CVEs since the check above (ADR 0010).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ReferenceDataLock})", cancellationToken);
        }

        if (await db.SourceDocuments.AnyAsync(d => d.Sha256 == sha, cancellationToken))
        {
            return new CsafImportResult(CsafImportOutcome.Unchanged, sha, null, null, 0);
        }

        var result = await StoreAsync(command.Source, document, bytes, sha, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<CsafImportResult> StoreAsync(
        string source, CsafDocument document, byte[] bytes, string sha, CancellationToken cancellationToken)
    {
        var tracking = document.Document.Tracking;
        var current = await db.Advisories
            .Where(a => a.Source == AdvisorySource.Csaf && a.ExternalId == tracking.Id && a.SupersededById == null)
            .FirstOrDefaultAsync(cancellationToken);
        if (current is not null && CsafVersions.Compare(tracking.Version, current.Revision) <= 0)
        {
            return new CsafImportResult(CsafImportOutcome.Stale, sha, tracking.Id, tracking.Version, 0);
        }

        db.SourceDocuments.Add(SourceDocument.Create(bytes, MediaType, "csaf-" + document.Document.CsafVersion, time));
        var added = await AddVulnerabilitiesAsync(document, cancellationToken);
        var advisory = Advisory.Create(AdvisorySource.Csaf, tracking.Id, tracking.Version, document.Document.Title,
            document.Document.Publisher.Name, ParseDate(tracking.InitialReleaseDate), time, sha);
        db.Advisories.Add(advisory);
        current?.SupersedeBy(advisory);
        if (db.Scope.TenantId is not null)
        {
            var supersedes = current is null ? "" : $"; supersedes version {current.Revision}";
            db.Audit(current is null ? "advisory.imported" : "advisory.superseded", nameof(Advisory), advisory.Id,
                string.Create(CultureInfo.InvariantCulture,
                    $"CSAF {tracking.Id} version {tracking.Version} from {source} (sha256 {sha}); {added} vulnerabilities added{supersedes}."));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CsafImportResult(
            current is null ? CsafImportOutcome.Imported : CsafImportOutcome.Superseded, sha, tracking.Id, tracking.Version, added);
    }

    private async Task<int> AddVulnerabilitiesAsync(CsafDocument document, CancellationToken cancellationToken)
    {
        var found = document.Vulnerabilities
            .Where(v => !string.IsNullOrWhiteSpace(v.Cve))
            .Select(v => Vulnerability.Create(v.Cve!, v.Title, null, ParseDate(v.ReleaseDate)))
            .DistinctBy(v => v.Id, StringComparer.Ordinal)
            .ToList();
        var ids = found.Select(v => v.Id).ToList();
        var known = await db.Vulnerabilities.Where(v => ids.Contains(v.Id)).Select(v => v.Id).ToListAsync(cancellationToken);
        var fresh = found.Where(v => !known.Contains(v.Id, StringComparer.Ordinal)).ToList();
        db.Vulnerabilities.AddRange(fresh);
        return fresh.Count;
    }

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value.ToUniversalTime()
            : null;
}
