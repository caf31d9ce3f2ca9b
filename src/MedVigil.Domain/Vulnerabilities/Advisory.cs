using MedVigil.Domain.Common;

namespace MedVigil.Domain.Vulnerabilities;

/// <summary>Where an advisory came from.</summary>
public enum AdvisorySource
{
    Csaf,
    Nvd,
    Osv,
    Vex,
}

/// <summary>
/// A published statement about vulnerabilities (a CSAF document, an NVD record, an OSV entry, a VEX).
/// Reference data shared by every tenant; revisions supersede one another by <see cref="Revision"/>.
/// </summary>
public sealed class Advisory
{
    private Advisory()
    {
        ExternalId = Revision = string.Empty;
    }

    public Guid Id { get; private set; }

    public AdvisorySource Source { get; private set; }

    /// <summary>The publisher's id: CSAF tracking id, CVE id for NVD, OSV id.</summary>
    public string ExternalId { get; private set; }

    public string Revision { get; private set; }

    public string? Title { get; private set; }

    public string? Publisher { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The SHA-256 of the raw <see cref="SourceDocument"/> this revision was read from, when stored.</summary>
    public string? SourceDocumentSha256 { get; private set; }

    /// <summary>
    /// The newer revision of the same advisory that replaced this one; null while this is the current revision.
    /// Superseded rows are kept as history (ADR 0010).
    /// </summary>
    public Guid? SupersededById { get; private set; }

    public bool IsCurrent => SupersededById is null;

    public static Advisory Create(
        AdvisorySource source, string externalId, string revision, string? title, string? publisher,
        DateTimeOffset? publishedAt, TimeProvider time, string? sourceDocumentSha256 = null) => new()
    {
        SourceDocumentSha256 = sourceDocumentSha256,
        Id = Ids.New(time),
        Source = source,
        ExternalId = Guard.Text(externalId, nameof(externalId), 200),
        Revision = Guard.Text(revision, nameof(revision), 100),
        Title = Guard.OptionalText(title, nameof(title), 500),
        Publisher = Guard.OptionalText(publisher, nameof(publisher), 300),
        PublishedAt = publishedAt,
    };

    /// <summary>Marks this revision as replaced by <paramref name="newer"/>, which becomes the current one.</summary>
    public void SupersedeBy(Advisory newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        if (newer.Id == Id || newer.Source != Source || !string.Equals(newer.ExternalId, ExternalId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("An advisory can only be superseded by another revision of itself.");
        }

        SupersededById = newer.Id;
    }
}
