using System.Buffers;
using System.Text;
using System.Text.Json;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Matching;

namespace MedVigil.Application.Findings;

/// <summary>Turns an engine finding's explanation into what a <see cref="Finding"/> stores: source, component key and text, evidence JSON.</summary>
internal static class FindingEvidenceText
{
    public static FindingEvidence Of(MatchFinding finding)
    {
        var source = finding.Explanation.Source;
        return new FindingEvidence(SourceName(source.Kind), Clip(source.AdvisoryId, 200), ComponentKey(finding.Component),
            finding.Component is { } component ? Clip(component.Purl is null && component.Cpe is null ? $"{component.Name}@{component.Version}" : component.ToString(), 2000) : null,
            Details(finding));
    }

    /// <summary>Why, in one line: the identifiers that matched, the version comparison, and the statement's place in its document.</summary>
    public static string Reason(MatchFinding finding) =>
        Clip($"{finding.Explanation.Identifiers}; {finding.Explanation.Comparison}; {finding.Explanation.Source}", 4000);

    /// <summary>The source kinds as written in findings output (<c>osv</c>, <c>nvd</c>, <c>csaf</c>, <c>csaf_vex</c>, <c>openvex</c>, <c>cyclonedx_vex</c>).</summary>
    public static string SourceName(StatementSourceKind kind) => kind switch
    {
        StatementSourceKind.Osv => "osv",
        StatementSourceKind.Nvd => "nvd",
        StatementSourceKind.Csaf => "csaf",
        StatementSourceKind.CsafVex => "csaf_vex",
        StatementSourceKind.OpenVex => "openvex",
        StatementSourceKind.CycloneDxVex => "cyclonedx_vex",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The package without its version, which analyses carry over on: purl, CPE vendor:product, or name.</summary>
    public static string? ComponentKey(InventoryComponent? component)
    {
        if (component is null)
        {
            return null;
        }

        if (PurlProducts.FromText(component.Purl) is { } purl)
        {
            return Clip(purl.IndexKey, 1000);
        }

        if (component.Cpe is { } cpe && Standards.Cpe.CpeName.TryParse(cpe, out var name))
        {
            return CpeProduct.CpeKey(name);
        }

        return Clip("name:" + (component.Name ?? "").Trim().ToLowerInvariant(), 1000);
    }

    private static string Details(MatchFinding finding)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            Write(w, finding.Explanation);
            w.WriteStartArray("alsoApplied");
            foreach (var other in finding.AlsoApplied)
            {
                w.WriteStartObject();
                Write(w, other);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter w, Explanation explanation)
    {
        w.WriteString("statement", explanation.Statement);
        w.WriteString("identifiers", explanation.Identifiers);
        w.WriteString("comparison", explanation.Comparison);
        w.WriteString("source", SourceName(explanation.Source.Kind));
        w.WriteString("advisory", explanation.Source.AdvisoryId);
        w.WriteString("revision", explanation.Source.Revision);
        w.WriteString("document", explanation.Source.DocumentSha256);
        w.WriteString("pointer", explanation.Source.Pointer);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
