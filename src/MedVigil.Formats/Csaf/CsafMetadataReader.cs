using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>Reads <c>/document</c> into <see cref="CsafDocumentMetadata"/>.</summary>
internal static class CsafMetadataReader
{
    public static CsafDocumentMetadata Read(CsafJsonReader json, JsonElement root)
    {
        const string at = "/document";
        var document = json.Object(root, "document", "", required: true) ?? default;
        var publisher = json.Object(document, "publisher", at, required: true) ?? default;
        var tracking = json.Object(document, "tracking", at, required: true) ?? default;
        var distribution = json.Object(document, "distribution", at);
        return new CsafDocumentMetadata(
            json.String(document, "category", at),
            json.String(document, "csaf_version", at),
            json.String(document, "title", at),
            json.OptionalString(document, "lang", at),
            json.OptionalString(document, "source_lang", at),
            ReadPublisher(json, publisher),
            ReadTracking(json, tracking),
            json.Object(document, "aggregate_severity", at) is { } severity ? json.String(severity, "text", at + "/aggregate_severity") : null,
            Notes(json, document, at),
            References(json, document, at),
            distribution is { } d ? ReadDistribution(json, d) : null);
    }

    public static IReadOnlyList<CsafNote> Notes(CsafJsonReader json, JsonElement parent, string pointer) =>
        json.ObjectArray(parent, "notes", pointer, (n, at) => new CsafNote(
            json.String(n, "category", at),
            json.String(n, "text", at),
            json.OptionalString(n, "title", at),
            json.OptionalString(n, "audience", at)));

    public static IReadOnlyList<CsafReference> References(CsafJsonReader json, JsonElement parent, string pointer) =>
        json.ObjectArray(parent, "references", pointer, (r, at) => new CsafReference(
            json.String(r, "url", at),
            json.String(r, "summary", at),
            json.OptionalString(r, "category", at)));

    private static CsafPublisher ReadPublisher(CsafJsonReader json, JsonElement publisher)
    {
        const string at = "/document/publisher";
        return new CsafPublisher(
            json.String(publisher, "name", at),
            json.String(publisher, "namespace", at),
            json.String(publisher, "category", at),
            json.OptionalString(publisher, "contact_details", at),
            json.OptionalString(publisher, "issuing_authority", at));
    }

    private static CsafTracking ReadTracking(CsafJsonReader json, JsonElement tracking)
    {
        const string at = "/document/tracking";
        return new CsafTracking(
            json.String(tracking, "id", at),
            json.String(tracking, "version", at),
            json.String(tracking, "status", at),
            json.String(tracking, "initial_release_date", at),
            json.String(tracking, "current_release_date", at),
            json.ObjectArray(tracking, "revision_history", at, (r, p) => new CsafRevision(
                json.String(r, "number", p),
                json.String(r, "date", p),
                json.String(r, "summary", p)), required: true),
            json.Strings(tracking, "aliases", at));
    }

    private static CsafDistribution ReadDistribution(CsafJsonReader json, JsonElement distribution)
    {
        const string at = "/document/distribution";
        var tlp = json.Object(distribution, "tlp", at);
        return new CsafDistribution(
            json.OptionalString(distribution, "text", at),
            tlp is { } t ? json.String(t, "label", at + "/tlp") : null,
            tlp is { } u ? json.OptionalString(u, "url", at + "/tlp") : null);
    }
}
