namespace MedVigil.Formats.Spdx;

/// <summary>The SPDX 2.3 tags: those read (single values, by the section they belong to and their JSON name) and those skipped.</summary>
internal static class SpdxTagValueTags
{
    public static readonly Dictionary<string, (SpdxTagSection Section, string Field)> Singles = new(StringComparer.Ordinal)
    {
        ["SPDXVersion"] = (SpdxTagSection.Document, "spdxVersion"),
        ["DataLicense"] = (SpdxTagSection.Document, "dataLicense"),
        ["DocumentName"] = (SpdxTagSection.Document, "name"),
        ["DocumentNamespace"] = (SpdxTagSection.Document, "documentNamespace"),
        ["Created"] = (SpdxTagSection.Document, "created"),
        ["LicenseListVersion"] = (SpdxTagSection.Document, "licenseListVersion"),
        ["PackageVersion"] = (SpdxTagSection.Package, "versionInfo"),
        ["PackageSupplier"] = (SpdxTagSection.Package, "supplier"),
        ["PackageOriginator"] = (SpdxTagSection.Package, "originator"),
        ["PackageDownloadLocation"] = (SpdxTagSection.Package, "downloadLocation"),
        ["FilesAnalyzed"] = (SpdxTagSection.Package, "filesAnalyzed"),
        ["PackageVerificationCode"] = (SpdxTagSection.Package, "packageVerificationCode"),
        ["PackageLicenseConcluded"] = (SpdxTagSection.Package, "licenseConcluded"),
        ["PackageLicenseDeclared"] = (SpdxTagSection.Package, "licenseDeclared"),
        ["PackageCopyrightText"] = (SpdxTagSection.Package, "copyrightText"),
        ["PrimaryPackagePurpose"] = (SpdxTagSection.Package, "primaryPackagePurpose"),
        ["LicenseConcluded"] = (SpdxTagSection.File, "licenseConcluded"),
        ["FileCopyrightText"] = (SpdxTagSection.File, "copyrightText"),
        ["SnippetName"] = (SpdxTagSection.Snippet, "name"),
    };

    /// <summary>Tags of SPDX 2.3 that the read model does not keep; skipped without an issue.</summary>
    public static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "CreatorComment", "DocumentComment",
        "PackageFileName", "PackageHomePage", "PackageSourceInfo", "PackageLicenseInfoFromFiles", "PackageLicenseComments",
        "PackageSummary", "PackageDescription", "PackageComment", "PackageAttributionText", "ReleaseDate", "BuiltDate", "ValidUntilDate",
        "FileType", "LicenseComments", "FileComment", "FileNotice", "FileContributor", "FileAttributionText", "FileDependency",
        "SnippetFromFileSPDXID", "SnippetByteRange", "SnippetLineRange", "SnippetLicenseConcluded", "LicenseInfoInSnippet",
        "SnippetLicenseComments", "SnippetCopyrightText", "SnippetComment", "SnippetAttributionText",
        "ExtractedText", "LicenseName", "LicenseCrossReference", "LicenseComment",
        "AnnotationDate", "AnnotationType", "SPDXREF", "AnnotationComment", "Reviewer", "ReviewDate", "ReviewComment",
        "RelationshipComment",
    };
}
