using System.Globalization;
using MedVigil.Application.Advisories;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence;

namespace MedVigil.Application.Vex;

/// <summary>One VEX document to import; <see cref="Source"/> names it in messages (a path, a URL).</summary>
public sealed record ImportVexCommand(string Source, Stream Content);

/// <summary>
/// Imports one VEX document, all or nothing (ADR 0015, as <see cref="ImportCsaf"/>): OpenVEX, CSAF VEX or CycloneDX
/// VEX, told apart by content (<see cref="VexParser"/>). The raw bytes are kept content-addressed by SHA-256 (the same
/// bytes twice change nothing), a <see cref="Vulnerability"/> is added for each vulnerability named and not yet known,
/// and an <see cref="Advisory"/> of source <see cref="AdvisorySource.Vex"/> (external id: OpenVEX <c>@id</c>, CSAF
/// tracking id, CycloneDX serial number, else its SHA-256; revision as <see cref="VexRevisions"/> says) supersedes an older revision of
/// the same document. The statements themselves are not yet stored as rows: the raw bytes keep them.
/// </summary>
public sealed class ImportVex(MedVigilDbContext db, TimeProvider time)
{
    /// <summary>The largest document accepted.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    public Task<Result<VexImportResult>> ExecuteAsync(ImportVexCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ReferenceData.ImportDocumentAsync(db, command.Source, command.Content, MaxBytes, bytes => VexParser.Parse(command.Source, bytes, MaxBytes),
            sha => new VexImportResult(RevisionOutcome.Unchanged, sha, null, null, null, 0, 0),
            (header, bytes, sha) => StoreAsync(command.Source, header, bytes, sha, cancellationToken), cancellationToken);
    }

    private async Task<VexImportResult> StoreAsync(string source, VexHeader header, byte[] bytes, string sha, CancellationToken cancellationToken)
    {
        var current = await AdvisoryRevisions.CurrentAsync(db, AdvisorySource.Vex, header.ExternalId, cancellationToken);
        if (current is not null && !VexRevisions.IsNewer(header.Format, header.Revision, current.Revision))
        {
            return new VexImportResult(RevisionOutcome.Stale, sha, header.Format, header.ExternalId, header.Revision, header.Statements, 0);
        }

        var added = await ReferenceData.AddMissingVulnerabilitiesAsync(db, header.Vulnerabilities, cancellationToken);
        var advisory = Advisory.Create(AdvisorySource.Vex, header.ExternalId, header.Revision, header.Title, header.Publisher,
            header.PublishedAt, time, sha);
        var supersedes = current is null ? "" : $"; supersedes revision {current.Revision}";
        await AdvisoryRevisions.StoreAsync(db, SourceDocument.Create(bytes, header.MediaType, header.FormatName, time), advisory, current,
            string.Create(CultureInfo.InvariantCulture,
                $"VEX ({header.FormatName}) {header.ExternalId} revision {header.Revision} from {source} (sha256 {sha}); {header.Statements} statements, {added} vulnerabilities added{supersedes}."),
            cancellationToken);
        return new VexImportResult(current is null ? RevisionOutcome.Imported : RevisionOutcome.Superseded, sha, header.Format,
            header.ExternalId, header.Revision, header.Statements, added);
    }
}
