using System.Text.Json;

namespace MedVigil.Formats.Spdx;

/// <summary>Reads the elements of SPDX JSON (packages, files, snippets, relationships) and their parts.</summary>
internal static class SpdxJsonElements
{
    public static SpdxPackage? Package(JsonElement e, string at, SpdxJsonValues values, SpdxSourceMap map)
    {
        if (!values.IsObject(e, at))
        {
            return null;
        }

        map.Packages.Add(new SpdxSpot(at, isJsonPointer: true));
        var verification = values.Object(e, at, "packageVerificationCode") is { } code
            ? values.String(code, at + "/packageVerificationCode", "packageVerificationCodeValue")
            : null;
        return new SpdxPackage(
            values.String(e, at, "SPDXID"),
            values.String(e, at, "name"),
            values.String(e, at, "versionInfo"),
            values.String(e, at, "supplier"),
            values.String(e, at, "originator"),
            values.String(e, at, "downloadLocation"),
            values.Bool(e, at, "filesAnalyzed") ?? true,
            verification,
            values.Array(e, at, "checksums", (c, cat) => values.IsObject(c, cat) ? Checksum(c, cat, values) : null),
            values.String(e, at, "licenseConcluded"),
            values.String(e, at, "licenseDeclared"),
            values.String(e, at, "copyrightText"),
            values.String(e, at, "primaryPackagePurpose"),
            values.Array(e, at, "externalRefs", (r, rat) => ExternalRef(r, rat, values)),
            values.Strings(e, at, "hasFiles"));
    }

    public static SpdxFile? File(JsonElement e, string at, SpdxJsonValues values, SpdxSourceMap map)
    {
        if (!values.IsObject(e, at))
        {
            return null;
        }

        map.Files.Add(new SpdxSpot(at, isJsonPointer: true));
        return new SpdxFile(
            values.String(e, at, "SPDXID"),
            values.String(e, at, "fileName"),
            values.Array(e, at, "checksums", (c, cat) => values.IsObject(c, cat) ? Checksum(c, cat, values) : null),
            values.String(e, at, "licenseConcluded"),
            values.Strings(e, at, "licenseInfoInFiles"),
            values.String(e, at, "copyrightText"));
    }

    public static SpdxSnippet? Snippet(JsonElement e, string at, SpdxJsonValues values, SpdxSourceMap map)
    {
        if (!values.IsObject(e, at))
        {
            return null;
        }

        map.Snippets.Add(new SpdxSpot(at, isJsonPointer: true));
        return new SpdxSnippet(values.String(e, at, "SPDXID"), values.String(e, at, "name"));
    }

    public static SpdxRelationship? Relationship(JsonElement e, string at, SpdxJsonValues values, SpdxSourceMap map)
    {
        if (!values.IsObject(e, at))
        {
            return null;
        }

        map.Relationships.Add(new SpdxSpot(at, isJsonPointer: true));
        return new SpdxRelationship(
            values.String(e, at, "spdxElementId"),
            values.String(e, at, "relationshipType"),
            values.String(e, at, "relatedSpdxElement"));
    }

    /// <summary>A checksum; missing parts are issues and read as empty, so that the checksum is still seen.</summary>
    public static SpdxChecksum Checksum(JsonElement e, string at, SpdxJsonValues values) =>
        new(Required(e, at, "algorithm", values), Required(e, at, "checksumValue", values));

    private static SpdxExternalRef? ExternalRef(JsonElement e, string at, SpdxJsonValues values)
    {
        if (!values.IsObject(e, at))
        {
            return null;
        }

        var category = Required(e, at, "referenceCategory", values);
        if (category.Length > 0 && !SpdxExternalRefCategories.IsKnown(category))
        {
            values.Issues.Add(new Common.FormatIssue(at + "/referenceCategory", SpdxIssueCodes.InvalidValue, SpdxExternalRefCategories.Unknown(category)));
        }

        return new SpdxExternalRef(category, Required(e, at, "referenceType", values), Required(e, at, "referenceLocator", values), values.String(e, at, "comment"));
    }

    private static string Required(JsonElement e, string at, string name, SpdxJsonValues values)
    {
        if (values.String(e, at, name) is { } text)
        {
            return text;
        }

        if (!e.TryGetProperty(name, out _))
        {
            values.Issues.Add(new Common.FormatIssue(at, SpdxIssueCodes.Required, name + " is missing"));
        }

        return "";
    }
}
