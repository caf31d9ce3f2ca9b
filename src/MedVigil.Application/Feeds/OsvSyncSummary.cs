using System.Globalization;
using MedVigil.Domain.Common;

namespace MedVigil.Application.Feeds;

/// <summary>An OSV record a sync refused or could not get, and why; <see cref="Source"/> is its URL or archive entry.</summary>
public sealed record OsvRecordFailure(string Source, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}

/// <summary>
/// What an OSV sync did for one ecosystem (feed <c>osv:&lt;ecosystem&gt;</c>): whether it read <c>all.zip</c> (the first
/// run) or records listed in <c>modified_id.csv</c> after the watermark, the records seen and what became of them.
/// </summary>
public sealed record OsvEcosystemSync(
    string Feed,
    string Ecosystem,
    bool FromArchive,
    int Seen,
    int Imported,
    int Superseded,
    int Unchanged,
    int Stale,
    IReadOnlyList<OsvRecordFailure> Failures,
    string? Watermark,
    Error? Error = null)
{
    public bool Succeeded => Error is null && Failures.Count == 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Ecosystem} ({(FromArchive ? "all.zip" : "modified_id.csv")}): {Seen} seen, {Imported} imported, {Superseded} superseded an older revision, "
        + $"{Unchanged} unchanged, {Stale} stale, {Failures.Count} failed; watermark {Watermark ?? "(none)"}");
}

/// <summary>An OSV sync over one or more ecosystems.</summary>
public sealed record OsvSyncSummary(IReadOnlyList<OsvEcosystemSync> Ecosystems)
{
    public bool Succeeded => Ecosystems.All(e => e.Succeeded);
}
