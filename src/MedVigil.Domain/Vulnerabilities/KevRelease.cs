using MedVigil.Domain.Common;

namespace MedVigil.Domain.Vulnerabilities;

/// <summary>
/// One imported release of the CISA KEV catalog, pointing at its raw bytes. The newest release (by
/// <see cref="DateReleased"/>, then <see cref="CatalogVersion"/>) is the one the vulnerabilities' KEV marks reflect.
/// Global reference data.
/// </summary>
public sealed class KevRelease
{
    private KevRelease()
    {
        SourceDocumentSha256 = CatalogVersion = string.Empty;
    }

    /// <summary>The SHA-256 of the raw catalog (a <see cref="SourceDocument"/>): the key.</summary>
    public string SourceDocumentSha256 { get; private set; }

    /// <summary>The catalog's own version, e.g. <c>2025.01.24</c>.</summary>
    public string CatalogVersion { get; private set; }

    public DateTimeOffset DateReleased { get; private set; }

    /// <summary>How many CVEs the release lists.</summary>
    public int Count { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public static KevRelease Create(string sha256, string catalogVersion, DateTimeOffset dateReleased, int count, TimeProvider time) => new()
    {
        SourceDocumentSha256 = Guard.Text(sha256, nameof(sha256), 64),
        CatalogVersion = Guard.Text(catalogVersion, nameof(catalogVersion), 40),
        DateReleased = dateReleased.ToUniversalTime(),
        Count = count,
        ImportedAt = time.GetUtcNow(),
    };

    /// <summary>Whether this release is newer than the one given (release date, then version, ordinal).</summary>
    public bool IsNewerThan(DateTimeOffset otherReleased, string otherVersion) =>
        DateReleased != otherReleased.ToUniversalTime()
            ? DateReleased > otherReleased.ToUniversalTime()
            : string.CompareOrdinal(CatalogVersion, otherVersion) > 0;
}
