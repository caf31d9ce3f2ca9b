using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>Reads a parsed SPDX 2.x JSON document into the read model, with the spots of its elements.</summary>
internal static class SpdxJsonReader
{
    public static ReadResult<SpdxDocument> Read(JsonElement root, ReaderLimits limits)
    {
        var issues = new List<FormatIssue>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ReadResult<SpdxDocument>.Failed(new FormatIssue("", SpdxIssueCodes.WrongType, "an SPDX JSON document is an object"));
        }

        if (root.TryGetProperty("@context", out _) || root.TryGetProperty("@graph", out _))
        {
            return ReadResult<SpdxDocument>.Failed(new FormatIssue("", SpdxIssueCodes.UnsupportedVersion,
                "this is a JSON-LD document (SPDX 3.0); SPDX 3 is not supported, this reader reads SPDX-2.2 and SPDX-2.3"));
        }

        var values = new SpdxJsonValues(limits, issues);
        var version = values.String(root, "", "spdxVersion");
        if (!SpdxChecks.CheckVersion(version, version is null ? "" : "/spdxVersion", issues))
        {
            return new ReadResult<SpdxDocument>(null, issues);
        }

        var map = new SpdxSourceMap(new SpdxSpot("", isJsonPointer: true));
        var document = new SpdxDocument(
            SpdxSyntax.Json,
            version,
            values.String(root, "", "dataLicense"),
            values.String(root, "", "SPDXID"),
            values.String(root, "", "name"),
            values.String(root, "", "documentNamespace"),
            CreationInfo(root, values),
            values.Array(root, "", "documentDescribes", (e, at) => Spotted(values.AsString(e, at), at, map.DocumentDescribes)),
            values.Array(root, "", "externalDocumentRefs", (e, at) => ExternalDocumentRef(e, at, values, map)),
            values.Array(root, "", "packages", (e, at) => SpdxJsonElements.Package(e, at, values, map)),
            values.Array(root, "", "files", (e, at) => SpdxJsonElements.File(e, at, values, map)),
            values.Array(root, "", "snippets", (e, at) => SpdxJsonElements.Snippet(e, at, values, map)),
            values.Array(root, "", "relationships", (e, at) => SpdxJsonElements.Relationship(e, at, values, map)));
        SpdxChecks.Run(document, map, issues);
        return new ReadResult<SpdxDocument>(document, issues);
    }

    /// <summary>Keeps a value's location beside it, so that later checks can point at it.</summary>
    internal static string? Spotted(string? value, string at, List<string> locations)
    {
        if (value is not null)
        {
            locations.Add(at);
        }

        return value;
    }

    private static SpdxCreationInfo CreationInfo(JsonElement root, SpdxJsonValues values)
    {
        if (values.Object(root, "", "creationInfo") is not { } info)
        {
            // Missing (or of the wrong type): the checks report the creators, this the timestamp.
            return new SpdxCreationInfo([], SpdxTimestamp.Parse(null, "", "", values.Issues), null);
        }

        var created = values.String(info, "/creationInfo", "created");
        return new SpdxCreationInfo(
            values.Strings(info, "/creationInfo", "creators"),
            SpdxTimestamp.Parse(created, "/creationInfo/created", "/creationInfo", values.Issues),
            values.String(info, "/creationInfo", "licenseListVersion"));
    }

    private static SpdxExternalDocumentRef? ExternalDocumentRef(JsonElement e, string at, SpdxJsonValues values, SpdxSourceMap map)
    {
        if (!values.IsObject(e, at))
        {
            return null;
        }

        map.ExternalDocumentRefs.Add(new SpdxSpot(at, isJsonPointer: true));
        return new SpdxExternalDocumentRef(
            values.String(e, at, "externalDocumentId"),
            values.String(e, at, "spdxDocument"),
            values.Object(e, at, "checksum") is { } checksum ? SpdxJsonElements.Checksum(checksum, at + "/checksum", values) : null);
    }
}
