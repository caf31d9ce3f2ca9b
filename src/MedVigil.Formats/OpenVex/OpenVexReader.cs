using System.Text.Json;
using MedVigil.Formats.Common;
using MedVigil.Formats.Kev;

namespace MedVigil.Formats.OpenVex;

/// <summary>
/// Reads an OpenVEX document (0.2.0; 0.0.1 documents too, whose vulnerabilities and products may be plain strings).
/// Checks, each an issue at its JSON pointer: <c>@context</c> an OpenVEX namespace, <c>@id</c> and <c>author</c>
/// required, at least one statement, per statement a vulnerability (with a name) and a status of the four, a
/// justification or impact statement for <c>not_affected</c>, an action statement for <c>affected</c>, justification
/// labels, products with an <c>@id</c> or identifiers, RFC 3339 times, versions from 1. Any error leaves the document
/// null.
/// </summary>
/// <remarks>
/// The schema also requires the document's <c>timestamp</c> and <c>version</c>; their absence is a <b>warning</b>
/// (<c>openvex-missing</c>), because go-vex and vexctl write and accept such documents (their merge inputs).
/// </remarks>
public static class OpenVexReader
{
    private const string Namespace = "https://openvex.dev/ns";

    /// <summary>Reads a document from a stream, which stays open.</summary>
    public static ReadResult<OpenVexDocument> Read(Stream content, ReaderLimits? limits = null) => JsonFields.Read(content, limits, Document);

    /// <summary>Reads a document from a file.</summary>
    public static ReadResult<OpenVexDocument> Read(string path, ReaderLimits? limits = null) => JsonFields.Read(path, limits, Document);

    private static OpenVexDocument? Document(JsonFields f, JsonElement e)
    {
        if (!f.IsObject(e, ""))
        {
            return null;
        }

        var context = f.String(e, "", "@context", required: true);
        var spec = context is null ? null : SpecVersion(context);
        if (context is not null && spec is null)
        {
            f.Error("/@context", "openvex-context", $"'{context}' is not an OpenVEX namespace ({Namespace}/v0.2.0).");
        }

        var id = f.String(e, "", "@id", required: true);
        var author = f.String(e, "", "author", required: true);
        var timestamp = f.Timestamp(e, "", "timestamp");
        Recommend(f, e, "timestamp");
        Recommend(f, e, "version");
        var statements = new OpenVexStatementMapping(f, spec == "0.0.1", timestamp);
        var version = statements.Version(e, "", required: false);
        var list = f.Array(e, "", "statements", statements.Statement, required: true);
        if (e.TryGetProperty("statements", out var array) && array.ValueKind == JsonValueKind.Array && array.GetArrayLength() == 0)
        {
            f.Error("/statements", "openvex-statements", "A document needs at least one statement.");
        }

        return context is null || spec is null || id is null || author is null
            ? null
            : new OpenVexDocument(context, spec, id, author, f.String(e, "", "role"), timestamp, f.Timestamp(e, "", "last_updated"), version,
                f.String(e, "", "tooling"), list);
    }

    // go-vex reads the bare namespace as 0.0.1, the first version.
    private static string? SpecVersion(string context) => context.TrimEnd('/') switch
    {
        Namespace or Namespace + "/v0.0.1" => "0.0.1",
        Namespace + "/v0.2.0" => "0.2.0",
        _ => null,
    };

    private static void Recommend(JsonFields f, JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out _))
        {
            f.Warning("/" + name, "openvex-missing", $"The OpenVEX schema requires the document's {name}.");
        }
    }
}
