using System.Globalization;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Formats.Common;
using MedVigil.Formats.Osv;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Advisories;

/// <summary>One OSV record to import; <see cref="Source"/> names it in messages (a path, a URL).</summary>
public sealed record ImportOsvCommand(string Source, Stream Content);

/// <summary>
/// Imports one OSV record, all or nothing (ADR 0010, as <see cref="ImportCsaf"/>): the raw bytes content-addressed by
/// SHA-256, a <see cref="Vulnerability"/> for its id when not yet known (summary as title, details as description),
/// and an <see cref="Advisory"/> (source OSV, revision <c>modified</c> in round-trip form) that supersedes an older
/// revision of the same id. Aliases, affected ranges and severities are not yet stored as rows: the raw bytes keep them.
/// </summary>
public sealed class ImportOsv(MedVigilDbContext db, TimeProvider time)
{
    /// <summary>The largest record accepted.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public const string MediaType = "application/json";

    public Task<Result<OsvImportResult>> ExecuteAsync(ImportOsvCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ReferenceData.ImportDocumentAsync(db, command.Source, command.Content, MaxBytes, bytes => Parse(command.Source, bytes),
            sha => new OsvImportResult(RevisionOutcome.Unchanged, sha, null, null, false),
            (record, bytes, sha) => StoreAsync(command.Source, record, bytes, sha, cancellationToken), cancellationToken);
    }

    private static Result<OsvRecord> Parse(string source, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var read = OsvReader.Read(stream, ReaderLimits.Default with { MaxBytes = MaxBytes });
        return read.IsValid && read.Document is { } record ? record : ReferenceData.Refused(source, [.. read.Errors]);
    }

    private async Task<OsvImportResult> StoreAsync(string source, OsvRecord record, byte[] bytes, string sha, CancellationToken cancellationToken)
    {
        var revision = record.Modified.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        var current = await AdvisoryRevisions.CurrentAsync(db, AdvisorySource.Osv, record.Id, cancellationToken);
        if (current is not null && !IsNewer(record.Modified, current.Revision))
        {
            return new OsvImportResult(RevisionOutcome.Stale, sha, record.Id, revision, false);
        }

        var vulnerability = Vulnerability.Create(record.Id, Title(record.Summary), record.Details, record.Published);
        var added = await ReferenceData.AddMissingVulnerabilitiesAsync(db, [vulnerability], cancellationToken) == 1;
        var advisory = Advisory.Create(AdvisorySource.Osv, record.Id, revision, Title(record.Summary), null, record.Published, time, sha);
        var supersedes = current is null ? "" : $"; supersedes revision {current.Revision}";
        await AdvisoryRevisions.StoreAsync(db, SourceDocument.Create(bytes, MediaType, "osv-" + (record.SchemaVersion ?? "1"), time), advisory, current,
            string.Create(CultureInfo.InvariantCulture, $"OSV {record.Id} modified {revision} from {source} (sha256 {sha}){supersedes}."),
            cancellationToken);
        return new OsvImportResult(current is null ? RevisionOutcome.Imported : RevisionOutcome.Superseded, sha, record.Id, revision, added);
    }

    /// <summary>The summary, cut to the 500 characters a title holds.</summary>
    private static string? Title(string? summary) => summary is { Length: > 500 } ? summary[..500] : summary;

    private static bool IsNewer(DateTimeOffset modified, string storedRevision) =>
        !DateTimeOffset.TryParse(storedRevision, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var stored)
        || modified > stored;
}
