using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>
/// Checks that every element id a document uses names something: an element of the document, an element of a
/// declared external document (<c>DocumentRef-x:SPDXRef-y</c>), or, as a relationship's related end only,
/// <c>NOASSERTION</c> or <c>NONE</c>.
/// </summary>
internal static class SpdxReferenceChecks
{
    public static void Run(SpdxDocument d, SpdxSourceMap map, HashSet<string> ids, List<FormatIssue> issues)
    {
        var documentRefs = d.ExternalDocumentRefs.Select(r => r.ExternalDocumentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        void Check(string? id, string location, string what, bool mayBeNone)
        {
            if (id is null or "")
            {
                issues.Add(new FormatIssue(location, SpdxIssueCodes.Required, $"{what} is missing"));
                return;
            }

            var problem = Resolve(id, ids, documentRefs, mayBeNone);
            if (problem is not null)
            {
                issues.Add(new FormatIssue(location, SpdxIssueCodes.UnresolvedReference, $"{what} '{id}' {problem}"));
            }
        }

        for (var i = 0; i < d.Relationships.Count; i++)
        {
            var r = d.Relationships[i];
            var spot = map.Relationships[i];
            Check(r.SpdxElementId, spot.Of("spdxElementId"), "spdxElementId", mayBeNone: false);
            if (string.IsNullOrEmpty(r.RelationshipType))
            {
                issues.Add(new FormatIssue(spot.Of("relationshipType"), SpdxIssueCodes.Required, "relationshipType is missing"));
            }

            Check(r.RelatedSpdxElement, spot.Of("relatedSpdxElement"), "relatedSpdxElement", mayBeNone: true);
        }

        for (var i = 0; i < d.DocumentDescribes.Count; i++)
        {
            Check(d.DocumentDescribes[i], map.DocumentDescribes[i], "documentDescribes entry", mayBeNone: false);
        }

        for (var p = 0; p < d.Packages.Count; p++)
        {
            var hasFiles = d.Packages[p].HasFiles;
            for (var i = 0; i < hasFiles.Count; i++)
            {
                Check(hasFiles[i], map.Packages[p].Of("hasFiles", i), "hasFiles entry", mayBeNone: false);
            }
        }
    }

    /// <summary>Null when the id resolves; else why not.</summary>
    private static string? Resolve(string id, HashSet<string> ids, HashSet<string> documentRefs, bool mayBeNone)
    {
        if (id is "NOASSERTION" or "NONE")
        {
            return mayBeNone ? null : "is not allowed here (only the related end of a relationship may be NOASSERTION or NONE)";
        }

        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && id.StartsWith("DocumentRef-", StringComparison.Ordinal))
        {
            var documentRef = id[..colon];
            if (!documentRefs.Contains(documentRef))
            {
                return $"names the external document '{documentRef}', which externalDocumentRefs does not declare";
            }

            return SpdxChecks.ElementId().IsMatch(id[(colon + 1)..]) ? null : "does not end in an SPDXID (SPDXRef-…)";
        }

        return ids.Contains(id) ? null : "names no element of this document";
    }
}
