using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>Reads SPDX 2.x tag-value text into the read model: the parser groups the tags, this makes the records.</summary>
internal static class SpdxTagValueReader
{
    private const string LocationRefPrefix = "LocationRef-";

    public static ReadResult<SpdxDocument> Read(string text, ReaderLimits limits)
    {
        var issues = new List<FormatIssue>();
        var parser = new SpdxTagValueParser(limits, issues);
        if (!parser.Parse(text))
        {
            return new ReadResult<SpdxDocument>(null, issues);
        }

        var doc = parser.Document;
        var version = doc["spdxVersion"];
        if (!SpdxChecks.CheckVersion(version, doc.Spot.Of("spdxVersion"), issues))
        {
            return new ReadResult<SpdxDocument>(null, issues);
        }

        var map = new SpdxSourceMap(doc.Spot);
        var documentNamespace = doc["documentNamespace"];
        var externalDocumentRefs = new List<SpdxExternalDocumentRef>();
        foreach (var (line, spot) in parser.ExternalDocumentRefs)
        {
            if (SpdxTagValueParts.ExternalDocumentRef(line, spot, issues) is { } reference)
            {
                externalDocumentRefs.Add(reference);
                map.ExternalDocumentRefs.Add(spot);
            }
        }

        var document = new SpdxDocument(
            SpdxSyntax.TagValue,
            version,
            doc["dataLicense"],
            doc["SPDXID"],
            doc["name"],
            documentNamespace,
            new SpdxCreationInfo(doc.Texts, SpdxTimestamp.Parse(doc["created"], doc.Spot.Of("created"), doc.Spot.Whole, issues), doc["licenseListVersion"]),
            [],
            externalDocumentRefs,
            [.. parser.Packages.Select(p => Package(p, documentNamespace, issues, map))],
            [.. parser.Files.Select(f => File(f, map))],
            [.. parser.Snippets.Select(s => Snippet(s, map))],
            [.. parser.Relationships.Select(r => Relationship(r.Relationship, r.Spot, map))]);
        SpdxChecks.Run(document, map, issues);
        return new ReadResult<SpdxDocument>(document, issues);
    }

    private static SpdxPackage Package(SpdxTagElement p, string? documentNamespace, List<FormatIssue> issues, SpdxSourceMap map)
    {
        map.Packages.Add(p.Spot);
        var filesAnalyzed = p["filesAnalyzed"] switch
        {
            null or "true" => true,
            "false" => false,
            var other => Invalid(other),
        };
        bool Invalid(string other)
        {
            issues.Add(new FormatIssue(p.Spot.Of("filesAnalyzed"), SpdxIssueCodes.InvalidValue, $"FilesAnalyzed is 'true' or 'false', not '{other}'"));
            return true;
        }

        // "d6a7…(./package.spdx)": the value, then the excluded files in parentheses.
        var verification = p["packageVerificationCode"] is { } code ? code.Split('(')[0].Trim() : null;
        return new SpdxPackage(
            p["SPDXID"],
            p["name"],
            p["versionInfo"],
            p["supplier"],
            p["originator"],
            p["downloadLocation"],
            filesAnalyzed,
            verification,
            p.Checksums,
            p["licenseConcluded"],
            p["licenseDeclared"],
            p["copyrightText"],
            p["primaryPackagePurpose"],
            [.. p.ExternalRefs.Select(r => ExpandLocationRef(r, documentNamespace))],
            [.. p.Files.Select(f => f["SPDXID"]).OfType<string>()]);
    }

    /// <summary>The JSON form of a <c>LocationRef-x</c> type is the document namespace, <c>#</c>, and the name.</summary>
    private static SpdxExternalRef ExpandLocationRef(SpdxExternalRef reference, string? documentNamespace) =>
        reference.Type.StartsWith(LocationRefPrefix, StringComparison.Ordinal) && documentNamespace is not null
            ? reference with { Type = documentNamespace + "#" + reference.Type }
            : reference;

    private static SpdxFile File(SpdxTagElement f, SpdxSourceMap map)
    {
        map.Files.Add(f.Spot);
        return new SpdxFile(f["SPDXID"], f["fileName"], f.Checksums, f["licenseConcluded"], f.Texts, f["copyrightText"]);
    }

    private static SpdxSnippet Snippet(SpdxTagElement s, SpdxSourceMap map)
    {
        map.Snippets.Add(s.Spot);
        return new SpdxSnippet(s["SPDXID"], s["name"]);
    }

    private static SpdxRelationship Relationship(SpdxRelationship relationship, SpdxSpot spot, SpdxSourceMap map)
    {
        map.Relationships.Add(spot);
        return relationship;
    }
}
