namespace MedVigil.Formats.Spdx;

/// <summary>The kinds of tag-value sections; tags of an element section apply to the element last started.</summary>
internal enum SpdxTagSection
{
    Document,
    Package,
    File,
    Snippet,
    License,
    Annotation,
}

/// <summary>An element of a tag-value document while it is read: its single values by JSON field name, and its lists.</summary>
internal sealed class SpdxTagElement(SpdxTagSection section, SpdxSpot spot)
{
    public SpdxTagSection Section => section;

    public SpdxSpot Spot => spot;

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public List<SpdxChecksum> Checksums { get; } = [];

    public List<SpdxExternalRef> ExternalRefs { get; } = [];

    /// <summary>Files: licenseInfoInFiles. Document: creators.</summary>
    public List<string> Texts { get; } = [];

    /// <summary>Packages: the files that follow.</summary>
    public List<SpdxTagElement> Files { get; } = [];

    public string? this[string field] => Values.GetValueOrDefault(field);
}
