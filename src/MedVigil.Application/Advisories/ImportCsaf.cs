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

    public Task<Result<CsafImportResult>> ExecuteAsync(ImportCsafCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ReferenceData.ImportDocumentAsync(db, command.Source, command.Content, MaxBytes, bytes => Parse(command.Source, bytes),
            sha => new CsafImportResult(RevisionOutcome.Unchanged, sha, null, null, 0),
            (document, bytes, sha) => StoreAsync(command.Source, document, bytes, sha, cancellationToken), cancellationToken);
    }

    /// <summary>Reads a CSAF document; any error issue refuses it with every issue.</summary>
    internal static Result<CsafDocument> Parse(string source, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var read = CsafReader.Read(stream, ReaderLimits.Default with { MaxBytes = MaxBytes });
        return read.IsValid && read.Document is { } document ? document : ReferenceData.Refused(source, [.. read.Errors]);
    }

    private async Task<CsafImportResult> StoreAsync(
        string source, CsafDocument document, byte[] bytes, string sha, CancellationToken cancellationToken)
    {
        var tracking = document.Document.Tracking;
        var current = await AdvisoryRevisions.CurrentAsync(db, AdvisorySource.Csaf, tracking.Id, cancellationToken);
        if (current is not null && CsafVersions.Compare(tracking.Version, current.Revision) <= 0)
        {
            return new CsafImportResult(RevisionOutcome.Stale, sha, tracking.Id, tracking.Version, 0);
        }

        var added = await AddVulnerabilitiesAsync(document, cancellationToken);
        var advisory = Advisory.Create(AdvisorySource.Csaf, tracking.Id, tracking.Version, document.Document.Title,
            document.Document.Publisher.Name, ParseDate(tracking.InitialReleaseDate), time, sha);
        var supersedes = current is null ? "" : $"; supersedes version {current.Revision}";
        await AdvisoryRevisions.StoreAsync(db, SourceDocument.Create(bytes, MediaType, "csaf-" + document.Document.CsafVersion, time), advisory, current,
            string.Create(CultureInfo.InvariantCulture,
                $"CSAF {tracking.Id} version {tracking.Version} from {source} (sha256 {sha}); {added} vulnerabilities added{supersedes}."),
            cancellationToken);
        return new CsafImportResult(
            current is null ? RevisionOutcome.Imported : RevisionOutcome.Superseded, sha, tracking.Id, tracking.Version, added);
    }

    private Task<int> AddVulnerabilitiesAsync(CsafDocument document, CancellationToken cancellationToken) =>
        ReferenceData.AddMissingVulnerabilitiesAsync(db, document.Vulnerabilities
            .Where(v => !string.IsNullOrWhiteSpace(v.Cve))
            .Select(v => Vulnerability.Create(v.Cve!, v.Title, null, ParseDate(v.ReleaseDate))), cancellationToken);

    internal static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value.ToUniversalTime()
            : null;
}
