using System.Text.RegularExpressions;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>
/// The checks both syntaxes share, run on the read document: supported version, required fields per version,
/// SPDXID form and uniqueness, and that every element id used resolves.
/// </summary>
internal static partial class SpdxChecks
{
    public static readonly string[] SupportedVersions = ["SPDX-2.2", "SPDX-2.3"];

    public static void Run(SpdxDocument document, SpdxSourceMap map, List<FormatIssue> issues)
    {
        var v22 = document.SpdxVersion == "SPDX-2.2";
        CheckDocument(document, map, issues);
        var ids = CollectIds(document, map, issues);
        for (var i = 0; i < document.Packages.Count; i++)
        {
            CheckPackage(document.Packages[i], map.Packages[i], v22, issues);
        }

        for (var i = 0; i < document.Files.Count; i++)
        {
            CheckFile(document.Files[i], map.Files[i], v22, issues);
        }

        SpdxReferenceChecks.Run(document, map, ids, issues);
    }

    /// <summary>Whether a version is supported; an issue when it is not.</summary>
    public static bool CheckVersion(string? version, string location, List<FormatIssue> issues)
    {
        if (version is null)
        {
            issues.Add(new FormatIssue(location, SpdxIssueCodes.Required, "spdxVersion is missing"));
            return false;
        }

        if (SupportedVersions.Contains(version, StringComparer.Ordinal))
        {
            return true;
        }

        var message = version.StartsWith("SPDX-3", StringComparison.Ordinal)
            ? $"SPDX version '{version}' is not supported: SPDX 3 documents are JSON-LD; this reader reads SPDX-2.2 and SPDX-2.3"
            : $"SPDX version '{version}' is not supported; this reader reads SPDX-2.2 and SPDX-2.3";
        issues.Add(new FormatIssue(location, SpdxIssueCodes.UnsupportedVersion, message));
        return false;
    }

    private static void CheckDocument(SpdxDocument d, SpdxSourceMap map, List<FormatIssue> issues)
    {
        var spot = map.Document;
        Require(d.DataLicense, "dataLicense", spot, issues);
        Require(d.SpdxId, "SPDXID", spot, issues);
        Require(d.Name, "name", spot, issues);
        Require(d.DocumentNamespace, "documentNamespace", spot, issues);
        if (d.DataLicense is { Length: > 0 } license && license != "CC0-1.0")
        {
            issues.Add(new FormatIssue(spot.Of("dataLicense"), SpdxIssueCodes.InvalidValue, $"dataLicense must be CC0-1.0, not '{license}'"));
        }

        if (d.SpdxId is { Length: > 0 } id && id != "SPDXRef-DOCUMENT")
        {
            issues.Add(new FormatIssue(spot.Of("SPDXID"), SpdxIssueCodes.InvalidValue, $"the document SPDXID must be SPDXRef-DOCUMENT, not '{id}'"));
        }

        if (d.CreationInfo.Creators.Count == 0)
        {
            issues.Add(new FormatIssue(spot.Of("creationInfo"), SpdxIssueCodes.Required, "creationInfo.creators is missing or empty"));
        }

        for (var i = 0; i < d.ExternalDocumentRefs.Count; i++)
        {
            var reference = d.ExternalDocumentRefs[i];
            var refSpot = map.ExternalDocumentRefs[i];
            Require(reference.ExternalDocumentId, "externalDocumentId", refSpot, issues);
            Require(reference.SpdxDocument, "spdxDocument", refSpot, issues);
            Require(reference.Checksum?.Value, "checksum", refSpot, issues);
            if (reference.ExternalDocumentId is { Length: > 0 } refId && !DocumentRefId().IsMatch(refId))
            {
                issues.Add(new FormatIssue(refSpot.Of("externalDocumentId"), SpdxIssueCodes.InvalidValue,
                    $"'{refId}' is not an external document id (DocumentRef- followed by letters, digits, '.' or '-')"));
            }
        }
    }

    private static void CheckPackage(SpdxPackage p, SpdxSpot spot, bool v22, List<FormatIssue> issues)
    {
        Require(p.Name, "name", spot, issues);
        Require(p.DownloadLocation, "downloadLocation", spot, issues);
        if (v22)
        {
            // Optional since 2.3; 2.2 requires them (NOASSERTION is a value).
            Require(p.LicenseConcluded, "licenseConcluded", spot, issues, "SPDX-2.2");
            Require(p.LicenseDeclared, "licenseDeclared", spot, issues, "SPDX-2.2");
            Require(p.CopyrightText, "copyrightText", spot, issues, "SPDX-2.2");
            if (p.FilesAnalyzed)
            {
                Require(p.PackageVerificationCode, "packageVerificationCode", spot, issues, "SPDX-2.2 when filesAnalyzed is true");
            }
        }

        for (var i = 0; i < p.ExternalRefs.Count; i++)
        {
            var reference = p.ExternalRefs[i];
            var where = spot.Of("externalRefs", i);
            if (reference.IsPurl && !reference.Locator.StartsWith("pkg:", StringComparison.Ordinal))
            {
                issues.Add(new FormatIssue(where, SpdxIssueCodes.InvalidValue, $"the purl '{reference.Locator}' does not start with 'pkg:'"));
            }
            else if (reference.IsCpe && !reference.Locator.StartsWith(reference.Type == "cpe23Type" ? "cpe:2.3:" : "cpe:/", StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new FormatIssue(where, SpdxIssueCodes.InvalidValue, $"'{reference.Locator}' is not a {reference.Type} CPE name"));
            }
        }
    }

    private static void CheckFile(SpdxFile f, SpdxSpot spot, bool v22, List<FormatIssue> issues)
    {
        Require(f.FileName, "fileName", spot, issues);
        if (!f.Checksums.Any(c => c.Algorithm == "SHA1"))
        {
            issues.Add(new FormatIssue(spot.Of("checksums"), SpdxIssueCodes.Required, "a file needs a SHA1 checksum"));
        }

        if (v22)
        {
            Require(f.LicenseConcluded, "licenseConcluded", spot, issues, "SPDX-2.2");
            Require(f.CopyrightText, "copyrightText", spot, issues, "SPDX-2.2");
            if (f.LicenseInfoInFiles.Count == 0)
            {
                issues.Add(new FormatIssue(spot.Whole, SpdxIssueCodes.Required, "licenseInfoInFiles is missing (required by SPDX-2.2)"));
            }
        }
    }

    /// <summary>Every element id with its spot, and issues for malformed or repeated ones.</summary>
    private static HashSet<string> CollectIds(SpdxDocument d, SpdxSourceMap map, List<FormatIssue> issues)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? id, SpdxSpot spot, string what)
        {
            if (id is null or "")
            {
                issues.Add(new FormatIssue(spot.Whole, SpdxIssueCodes.Required, $"{what} has no SPDXID"));
            }
            else if (!ElementId().IsMatch(id))
            {
                issues.Add(new FormatIssue(spot.Of("SPDXID"), SpdxIssueCodes.InvalidValue,
                    $"'{id}' is not an SPDXID (SPDXRef- followed by letters, digits, '.' or '-')"));
            }
            else if (!ids.Add(id))
            {
                issues.Add(new FormatIssue(spot.Of("SPDXID"), SpdxIssueCodes.DuplicateId, $"the SPDXID '{id}' is used by an earlier element"));
            }
        }

        if (d.SpdxId is { Length: > 0 })
        {
            ids.Add(d.SpdxId);
        }

        for (var i = 0; i < d.Packages.Count; i++)
        {
            Add(d.Packages[i].SpdxId, map.Packages[i], "a package");
        }

        for (var i = 0; i < d.Files.Count; i++)
        {
            Add(d.Files[i].SpdxId, map.Files[i], "a file");
        }

        for (var i = 0; i < d.Snippets.Count; i++)
        {
            Add(d.Snippets[i].SpdxId, map.Snippets[i], "a snippet");
        }

        return ids;
    }

    private static void Require(string? value, string field, SpdxSpot spot, List<FormatIssue> issues, string? byWhat = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            var location = value is null ? spot.Whole : spot.Of(field);
            issues.Add(new FormatIssue(location, SpdxIssueCodes.Required, byWhat is null ? $"{field} is missing" : $"{field} is missing (required by {byWhat})"));
        }
    }

    [GeneratedRegex("^SPDXRef-[A-Za-z0-9.\\-]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex ElementId();

    [GeneratedRegex("^DocumentRef-[A-Za-z0-9.\\-]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex DocumentRefId();
}
