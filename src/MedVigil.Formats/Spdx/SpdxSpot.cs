using System.Globalization;

namespace MedVigil.Formats.Spdx;

/// <summary>
/// Where an element was written, for issues found after reading: the element as a whole (a JSON pointer to its
/// object, or the tag-value line where it starts) and, when known, each field by its JSON name.
/// </summary>
internal sealed class SpdxSpot(string whole, bool isJsonPointer)
{
    private readonly Dictionary<string, string> fields = new(StringComparer.Ordinal);

    public string Whole => whole;

    /// <summary>Records where a field was written (tag-value; JSON pointers are derived).</summary>
    public void Field(string name, string location) => fields.TryAdd(name, location);

    /// <summary>The field's location: its pointer in JSON, its line and column in tag-value, else the element's.</summary>
    public string Of(string field) =>
        isJsonPointer ? whole + "/" + field : fields.GetValueOrDefault(field) ?? whole;

    /// <summary>The location of item <paramref name="index"/> of a list field (tag-value: the field's, or the element's).</summary>
    public string Of(string field, int index) =>
        isJsonPointer ? string.Create(CultureInfo.InvariantCulture, $"{whole}/{field}/{index}") : Of(field);
}

/// <summary>The spots of a document's elements, index for index with the lists of <see cref="SpdxDocument"/>.</summary>
internal sealed class SpdxSourceMap(SpdxSpot document)
{
    public SpdxSpot Document => document;

    public List<SpdxSpot> ExternalDocumentRefs { get; } = [];

    public List<SpdxSpot> Packages { get; } = [];

    public List<SpdxSpot> Files { get; } = [];

    public List<SpdxSpot> Snippets { get; } = [];

    public List<SpdxSpot> Relationships { get; } = [];

    /// <summary>JSON: where each <c>documentDescribes</c> entry is.</summary>
    public List<string> DocumentDescribes { get; } = [];
}
