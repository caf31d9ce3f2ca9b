using System.Globalization;
using MedVigil.Domain.Common;

namespace MedVigil.Application.Feeds;

/// <summary>A CSAF document a sync refused or could not get, and why; <see cref="HashMismatch"/> when its hash was wrong.</summary>
public sealed record CsafDocumentFailure(Uri Url, string Reason, bool HashMismatch = false)
{
    public override string ToString() => $"{Url}: {Reason}";
}

/// <summary>
/// What a CSAF sync did for one provider (feed <c>csaf:&lt;provider-metadata URL&gt;</c>): documents listed as new or
/// changed since the watermark (<see cref="Seen"/>), and what became of them. <see cref="Error"/> is set when the run
/// could not list the documents, was refused (lease busy) or stopped; failed documents are in <see cref="Failures"/>.
/// </summary>
public sealed record CsafProviderSync(
    string Feed,
    Uri MetadataUrl,
    int Seen,
    int Imported,
    int Superseded,
    int Unchanged,
    int Stale,
    int VulnerabilitiesAdded,
    IReadOnlyList<CsafDocumentFailure> Failures,
    string? Watermark,
    Error? Error = null)
{
    public int HashMismatches => Failures.Count(f => f.HashMismatch);

    public bool Succeeded => Error is null && Failures.Count == 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{MetadataUrl}: {Seen} seen, {Imported} imported, {Superseded} superseded an older revision, {Unchanged} unchanged, {Stale} stale, "
        + $"{Failures.Count} failed ({HashMismatches} hash mismatches); {VulnerabilitiesAdded} vulnerabilities added; watermark {Watermark ?? "(none)"}");
}

/// <summary>A CSAF sync over one or more providers (several when an aggregator was given).</summary>
public sealed record CsafSyncSummary(IReadOnlyList<CsafProviderSync> Providers)
{
    public bool Succeeded => Providers.All(p => p.Succeeded);
}
