namespace MedVigil.Formats.Spdx;

/// <summary>Which syntax an SPDX document was read from.</summary>
public enum SpdxSyntax
{
    /// <summary>SPDX 2.x JSON.</summary>
    Json,

    /// <summary>SPDX 2.x tag-value (<c>Tag: value</c> lines).</summary>
    TagValue,
}

/// <summary>
/// An SPDX 2.2 or 2.3 document as written, reduced to what later matching needs: creation info, packages (with
/// their purl and CPE), files, relationships and external document references.
/// </summary>
/// <param name="SpdxVersion">As written: <c>SPDX-2.2</c> or <c>SPDX-2.3</c>.</param>
/// <param name="DocumentDescribes">The JSON <c>documentDescribes</c> list (tag-value writes these as DESCRIBES relationships).</param>
/// <param name="Relationships">The relationships as written, in document order; see <see cref="EffectiveRelationships"/>.</param>
public sealed record SpdxDocument(
    SpdxSyntax Syntax,
    string? SpdxVersion,
    string? DataLicense,
    string? SpdxId,
    string? Name,
    string? DocumentNamespace,
    SpdxCreationInfo CreationInfo,
    IReadOnlyList<string> DocumentDescribes,
    IReadOnlyList<SpdxExternalDocumentRef> ExternalDocumentRefs,
    IReadOnlyList<SpdxPackage> Packages,
    IReadOnlyList<SpdxFile> Files,
    IReadOnlyList<SpdxSnippet> Snippets,
    IReadOnlyList<SpdxRelationship> Relationships)
{
    /// <summary>
    /// The relationships with the ones each syntax writes implicitly made explicit: <c>documentDescribes</c> as
    /// <c>DESCRIBES</c> from the document, a package's <c>hasFiles</c> (JSON) or files following it (tag-value) as
    /// <c>CONTAINS</c>; duplicates removed, first occurrence kept. Both syntaxes of one document give the same set.
    /// </summary>
    public IReadOnlyList<SpdxRelationship> EffectiveRelationships()
    {
        var implicitOnes = DocumentDescribes.Select(d => new SpdxRelationship(SpdxId, "DESCRIBES", d))
            .Concat(Packages.SelectMany(p => p.HasFiles.Select(f => new SpdxRelationship(p.SpdxId, "CONTAINS", f))));
        return [.. Relationships.Concat(implicitOnes).Distinct()];
    }
}

/// <summary>Who made the document and when.</summary>
/// <param name="Creators">As written, e.g. <c>Tool: x-1.0</c>, <c>Organization: Acme</c>, <c>Person: Jane</c>.</param>
/// <param name="Created">The <c>created</c> timestamp, or null when missing or not a valid timestamp (an issue says which).</param>
public sealed record SpdxCreationInfo(IReadOnlyList<string> Creators, DateTimeOffset? Created, string? LicenseListVersion);

/// <summary>A reference to another SPDX document, used in element ids as <c>DocumentRef-x:SPDXRef-y</c>.</summary>
public sealed record SpdxExternalDocumentRef(string? ExternalDocumentId, string? SpdxDocument, SpdxChecksum? Checksum);

/// <summary>A checksum: the algorithm as written (<c>SHA1</c>, <c>SHA256</c>, <c>BLAKE2b-384</c>…) and the hex value.</summary>
public sealed record SpdxChecksum(string Algorithm, string Value);
