namespace MedVigil.Domain.Vulnerabilities;

/// <summary>
/// What the CISA Known Exploited Vulnerabilities catalog says about one CVE, as later prioritisation needs it.
/// </summary>
/// <param name="DateAdded">When CISA added the CVE to the catalog.</param>
/// <param name="DueDate">The remediation due date for US federal agencies, a useful deadline for everyone.</param>
/// <param name="KnownRansomwareUse">Whether the catalog says <c>Known</c> for ransomware campaign use.</param>
/// <param name="CatalogVersion">The catalog release the listing was last read from.</param>
public sealed record KevListing(DateOnly DateAdded, DateOnly DueDate, bool KnownRansomwareUse, string CatalogVersion);
