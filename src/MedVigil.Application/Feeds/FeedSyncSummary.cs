using System.Globalization;
using MedVigil.Domain.Common;

namespace MedVigil.Application.Feeds;

/// <summary>
/// What one sync run did: documents downloaded and imported, the records they held, documents skipped (unchanged,
/// stale or not modified), and the error that stopped it, if any. A run that failed mid-way keeps what it committed:
/// <see cref="Watermark"/> is where the next run resumes.
/// </summary>
public sealed record FeedSyncSummary(string Feed, int Documents, int Records, int Skipped, string? Watermark, Error? Error = null)
{
    public bool Succeeded => Error is null;

    public FeedSyncSummary Failed(Error error) => this with { Error = error };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Feed}: {Documents} document(s) imported, {Records} record(s), {Skipped} skipped, {(Error is null ? 0 : 1)} error(s); watermark {Watermark ?? "(none)"}");
}
