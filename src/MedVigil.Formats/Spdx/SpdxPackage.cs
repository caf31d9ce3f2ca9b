namespace MedVigil.Formats.Spdx;

/// <summary>
/// An SPDX package. <see cref="Purls"/> and <see cref="Cpes"/> are the identifiers matching needs, taken from the
/// external references; every external reference is also kept as written in <see cref="ExternalRefs"/>.
/// </summary>
/// <param name="FilesAnalyzed">As written; true when absent, as the specification says.</param>
/// <param name="HasFiles">The files the package contains: JSON <c>hasFiles</c>, or in tag-value the files that follow it.</param>
/// <param name="PrimaryPackagePurpose">SPDX 2.3 only: APPLICATION, FRAMEWORK, LIBRARY, FIRMWARE, DEVICE…</param>
public sealed record SpdxPackage(
    string? SpdxId,
    string? Name,
    string? VersionInfo,
    string? Supplier,
    string? Originator,
    string? DownloadLocation,
    bool FilesAnalyzed,
    string? PackageVerificationCode,
    IReadOnlyList<SpdxChecksum> Checksums,
    string? LicenseConcluded,
    string? LicenseDeclared,
    string? CopyrightText,
    string? PrimaryPackagePurpose,
    IReadOnlyList<SpdxExternalRef> ExternalRefs,
    IReadOnlyList<string> HasFiles)
{
    /// <summary>The package URLs: locators of <c>PACKAGE-MANAGER</c> (or <c>PACKAGE_MANAGER</c>) references of type <c>purl</c>.</summary>
    public IReadOnlyList<string> Purls => [.. ExternalRefs.Where(r => r.IsPurl).Select(r => r.Locator)];

    /// <summary>The CPE names: locators of <c>SECURITY</c> references of type <c>cpe23Type</c> or <c>cpe22Type</c>.</summary>
    public IReadOnlyList<string> Cpes => [.. ExternalRefs.Where(r => r.IsCpe).Select(r => r.Locator)];
}

/// <summary>
/// An external reference of a package, as written. In tag-value a type written as <c>LocationRef-x</c> is expanded
/// to <c>{documentNamespace}#LocationRef-x</c>, the form SPDX JSON uses.
/// </summary>
public sealed record SpdxExternalRef(string Category, string Type, string Locator, string? Comment)
{
    /// <summary>A purl reference (the category is written with a hyphen since 2.3, an underscore before).</summary>
    public bool IsPurl => Type == "purl" && Category is "PACKAGE-MANAGER" or "PACKAGE_MANAGER";

    /// <summary>A CPE 2.3 or 2.2 reference.</summary>
    public bool IsCpe => Category == "SECURITY" && Type is "cpe23Type" or "cpe22Type";
}

/// <summary>An SPDX file: its id, name (usually a relative path), checksums and licensing as written.</summary>
public sealed record SpdxFile(
    string? SpdxId,
    string? FileName,
    IReadOnlyList<SpdxChecksum> Checksums,
    string? LicenseConcluded,
    IReadOnlyList<string> LicenseInfoInFiles,
    string? CopyrightText);

/// <summary>An SPDX snippet, kept for its id (relationships may name it).</summary>
public sealed record SpdxSnippet(string? SpdxId, string? Name);

/// <summary>
/// A relationship as written: <c>DESCRIBES</c>, <c>CONTAINS</c>, <c>DEPENDS_ON</c>… The ends are element ids of
/// this document, <c>DocumentRef-x:SPDXRef-y</c> in another document, or (related end only) <c>NOASSERTION</c>/<c>NONE</c>.
/// </summary>
public sealed record SpdxRelationship(string? SpdxElementId, string? RelationshipType, string? RelatedSpdxElement);
