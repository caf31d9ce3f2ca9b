using System.Globalization;
using System.Text.Json;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Formats.Common;
using MedVigil.Formats.Nvd;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Advisories;

/// <summary>One NVD file to import: a CVE API 2.0 response page or a single <c>{"cve": …}</c> record.</summary>
public sealed record ImportNvdCommand(string Source, Stream Content);

/// <summary>
/// Imports one NVD CVE API 2.0 page or single record, all or nothing (ADR 0010, as <see cref="ImportCsaf"/>): the raw
/// bytes content-addressed by SHA-256; per CVE, the <see cref="Vulnerability"/> created or given NVD's English
/// description and publication time, and an <see cref="Advisory"/> (source NVD, external id the CVE id, revision
/// <c>lastModified</c> in round-trip form) that supersedes an older revision of the same CVE. Records not newer than
/// the stored revision are stale and skipped; the same bytes twice change nothing; a file with any reader error is
/// refused with every issue. The primary CVSS vector and base score are kept on the vulnerability (<see cref="NvdCvss"/>);
/// the other metrics and the CPE configurations are not yet stored as rows: the raw bytes keep them.
/// </summary>
public sealed class ImportNvd(MedVigilDbContext db, TimeProvider time)
{
    /// <summary>The largest file accepted (a full API page of 2,000 records is a few tens of MiB at most).</summary>
    public const int MaxBytes = 128 * 1024 * 1024;

    public const string MediaType = "application/json";

    public async Task<Result<NvdImportResult>> ExecuteAsync(ImportNvdCommand command, CancellationToken cancellationToken)
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
            return Unchanged(sha);
        }

        var (records, format, errors) = Read(bytes);
        if (errors.Count > 0)
        {
            return ReferenceData.Refused(command.Source, errors);
        }

        // Serialise reference-data writers, then look again: another import may have stored these bytes meanwhile.
        await using var transaction = await ReferenceData.BeginLockedAsync(db, cancellationToken);
        if (await db.SourceDocuments.AnyAsync(d => d.Sha256 == sha, cancellationToken))
        {
            return Unchanged(sha);
        }

        var result = await StoreAsync(command.Source, records, format, bytes, sha, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static NvdImportResult Unchanged(string sha) => new(NvdImportOutcome.Unchanged, sha, 0, 0, 0, 0, 0, 0);

    /// <summary>The records of a page or single record (a root with <c>cve</c>), the format name, and every error.</summary>
    private static (IReadOnlyList<NvdCve> Records, string Format, List<FormatIssue> Errors) Read(byte[] bytes)
    {
        var limits = ReaderLimits.Default with { MaxBytes = MaxBytes };
        using var stream = new MemoryStream(bytes, writable: false);
        if (IsSingleRecord(bytes))
        {
            var record = NvdCveReader.ReadRecord(stream, limits);
            return record.IsValid ? ([record.Document!], "nvd-cve-2.0", []) : ([], "", [.. record.Errors]);
        }

        var page = NvdCveReader.ReadPage(stream, limits);
        return page.IsValid ? (page.Document!.Vulnerabilities, "nvd-cve-api-2.0", []) : ([], "", [.. page.Errors]);
    }

    private static bool IsSingleRecord(byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("cve", out _);
        }
        catch (JsonException)
        {
            return false; // the page reader reports the syntax error with its position
        }
    }

    private async Task<NvdImportResult> StoreAsync(
        string source, IReadOnlyList<NvdCve> records, string format, byte[] bytes, string sha, CancellationToken cancellationToken)
    {
        var ids = records.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList();
        var current = (await db.Advisories
                .Where(a => a.Source == AdvisorySource.Nvd && ids.Contains(a.ExternalId) && a.SupersededById == null)
                .ToListAsync(cancellationToken))
            .ToDictionary(a => a.ExternalId, StringComparer.Ordinal);
        var vulnerabilities = (await db.Vulnerabilities.Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken))
            .ToDictionary(v => v.Id, StringComparer.Ordinal);
        int imported = 0, superseded = 0, stale = 0, added = 0, updated = 0;
        foreach (var record in records)
        {
            var revision = record.LastModified.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
            var older = current.GetValueOrDefault(record.Id);
            if (older is not null && !IsNewer(record.LastModified, older.Revision))
            {
                stale++;
                continue;
            }

            var description = record.Descriptions.FirstOrDefault(d => string.Equals(d.Lang, "en", StringComparison.OrdinalIgnoreCase))?.Value;
            var cvss = NvdCvss.Primary(record);
            if (vulnerabilities.TryGetValue(record.Id, out var vulnerability))
            {
                var described = vulnerability.Describe(description, record.Published);
                var scored = cvss is not null && vulnerability.ScoreCvss(cvss.VectorString, cvss.BaseScore);
                updated += described || scored ? 1 : 0;
            }
            else
            {
                vulnerability = Vulnerability.Create(record.Id, null, description, record.Published);
                if (cvss is not null)
                {
                    vulnerability.ScoreCvss(cvss.VectorString, cvss.BaseScore);
                }

                vulnerabilities.Add(record.Id, vulnerability);
                db.Vulnerabilities.Add(vulnerability);
                added++;
            }

            var advisory = Advisory.Create(AdvisorySource.Nvd, record.Id, revision, null, record.SourceIdentifier, record.Published, time, sha);
            db.Advisories.Add(advisory);
            older?.SupersedeBy(advisory);
            current[record.Id] = advisory;
            (imported, superseded) = older is null ? (imported + 1, superseded) : (imported, superseded + 1);
        }

        if (imported + superseded == 0)
        {
            return new NvdImportResult(NvdImportOutcome.Stale, sha, records.Count, 0, 0, stale, 0, 0);
        }

        db.SourceDocuments.Add(SourceDocument.Create(bytes, MediaType, format, time));
        if (db.Scope.TenantId is not null)
        {
            db.Audit("advisory.imported", nameof(SourceDocument), sha, string.Create(CultureInfo.InvariantCulture,
                $"NVD {format} from {source} (sha256 {sha}): {records.Count} records, {imported} imported, {superseded} superseded, {stale} stale; {added} vulnerabilities added, {updated} updated."));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new NvdImportResult(NvdImportOutcome.Imported, sha, records.Count, imported, superseded, stale, added, updated);
    }

    private static bool IsNewer(DateTimeOffset lastModified, string storedRevision) =>
        !DateTimeOffset.TryParse(storedRevision, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var stored)
        || lastModified > stored;
}
