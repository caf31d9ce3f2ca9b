using System.Globalization;
using System.Text.Json;
using MedVigil.Application.Advisories;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Formats.Common;
using MedVigil.Formats.Csaf;
using MedVigil.Formats.CycloneDx;
using MedVigil.Formats.OpenVex;

namespace MedVigil.Application.Vex;

/// <summary>
/// Tells a VEX document's format by content and reads it with that format's reader: XML or a root with
/// <c>bomFormat</c> is CycloneDX, a root <c>document</c> object is CSAF, a root <c>@context</c> is OpenVEX. Any
/// error issue refuses the document with every issue and its location; so do a CSAF document of another profile, a
/// CycloneDX BOM without vulnerabilities, and ids longer than an advisory holds.
/// </summary>
internal static class VexParser
{
    private const int MaxIdLength = 200;

    private const int MaxVulnerabilityIdLength = 100;

    public static Result<VexHeader> Parse(string source, byte[] bytes, long maxBytes)
    {
        var limits = ReaderLimits.Default with { MaxBytes = maxBytes };
        using var stream = new MemoryStream(bytes, writable: false);
        return Detect(bytes) switch
        {
            VexFormat.CycloneDxVex => FromCycloneDx(source, CycloneDxReader.Read(stream, limits), bytes),
            VexFormat.CsafVex => FromCsaf(source, bytes),
            VexFormat.OpenVex => FromOpenVex(source, OpenVexReader.Read(stream, limits)),
            _ => Error.Validation(
                $"{source}: neither OpenVEX (@context), CSAF VEX (document) nor CycloneDX (bomFormat, <bom>); nothing was imported.",
                new FieldError("/", "unknown-format")),
        };
    }

    private static VexFormat? Detect(byte[] bytes)
    {
        var start = bytes.AsSpan().TrimStart((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]).TrimStart(" \t\r\n"u8);
        if (start.Length > 0 && start[0] == (byte)'<')
        {
            return VexFormat.CycloneDxVex;
        }

        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = ReaderLimits.Default.MaxDepth });
            var root = json.RootElement;
            return root.ValueKind != JsonValueKind.Object ? null
                : root.TryGetProperty("bomFormat", out _) ? VexFormat.CycloneDxVex
                : root.TryGetProperty("document", out var document) && document.ValueKind == JsonValueKind.Object ? VexFormat.CsafVex
                : root.TryGetProperty("@context", out _) ? VexFormat.OpenVex
                : null;
        }
        catch (JsonException)
        {
            return VexFormat.OpenVex; // not JSON: the OpenVEX reader reports the syntax error with its position
        }
    }

    private static Result<VexHeader> FromOpenVex(string source, ReadResult<OpenVexDocument> read)
    {
        if (!read.IsValid || read.Document is not { } document)
        {
            return ReferenceData.Refused(source, [.. read.Errors]);
        }

        var names = document.Statements.Select((s, i) => (s.Vulnerability, Pointer: $"/statements/{i}/vulnerability")).ToList();
        var tooLong = names.Where(n => n.Vulnerability.Name.Length > MaxVulnerabilityIdLength).Select(n => n.Pointer + "/name")
            .Concat(document.Id.Length > MaxIdLength ? ["/@id"] : Array.Empty<string>()).ToList();
        if (tooLong.Count > 0)
        {
            return TooLong(source, tooLong);
        }

        var vulnerabilities = names.Select(n => Vulnerability.Create(n.Vulnerability.Name, null, n.Vulnerability.Description, null)).ToList();
        return new VexHeader(VexFormat.OpenVex, "openvex-" + document.SpecVersion, "application/json", document.Id,
            VexRevisions.OpenVex(document.Version, document.LastUpdated ?? document.Timestamp), null, Cut(document.Author, 300),
            document.Timestamp, vulnerabilities, document.Statements.Count);
    }

    private static Result<VexHeader> FromCsaf(string source, byte[] bytes)
    {
        var read = ImportCsaf.Parse(source, bytes);
        return read.TryGetValue(out var document) ? FromCsaf(source, document) : read.Error!;
    }

    private static Result<VexHeader> FromCsaf(string source, CsafDocument document)
    {
        if (!document.IsVex)
        {
            return Error.Validation(
                $"{source}: a CSAF '{document.Document.Category}' document, not the CSAF VEX profile ({CsafDocument.VexCategory}); import it with 'import csaf'. Nothing was imported.",
                new FieldError("/document/category", "csaf-not-vex"));
        }

        var tracking = document.Document.Tracking;
        if (tracking.Id.Length > MaxIdLength)
        {
            return TooLong(source, ["/document/tracking/id"]);
        }

        var vulnerabilities = document.Vulnerabilities
            .Where(v => !string.IsNullOrWhiteSpace(v.Cve))
            .Select(v => Vulnerability.Create(v.Cve!, v.Title, null, ImportCsaf.ParseDate(v.ReleaseDate)))
            .ToList();
        return new VexHeader(VexFormat.CsafVex, "csaf-" + document.Document.CsafVersion, ImportCsaf.MediaType, tracking.Id, tracking.Version,
            Cut(document.Document.Title, 500), Cut(document.Document.Publisher.Name, 300), ImportCsaf.ParseDate(tracking.InitialReleaseDate),
            vulnerabilities, document.Vulnerabilities.Count);
    }

    /// <summary>A CycloneDX VEX; one without a serial number cannot be linked to its revisions, so its own SHA-256 names it.</summary>
    private static Result<VexHeader> FromCycloneDx(string source, ReadResult<CycloneDxBom> read, byte[] bytes)
    {
        if (!read.IsValid || read.Document is not { } bom)
        {
            return ReferenceData.Refused(source, [.. read.Errors]);
        }

        if (bom.Vulnerabilities.Count == 0)
        {
            return Error.Validation($"{source}: a CycloneDX BOM without vulnerabilities is not a VEX (import an SBOM with 'import sbom'); nothing was imported.",
                new FieldError("/vulnerabilities", "cyclonedx-not-vex"));
        }

        var id = string.IsNullOrWhiteSpace(bom.SerialNumber) ? "sha256:" + SourceDocument.HashOf(bytes) : bom.SerialNumber;
        var named = bom.Vulnerabilities.Where(v => !string.IsNullOrWhiteSpace(v.Id)).ToList();
        var tooLong = named.Where(v => v.Id!.Length > MaxVulnerabilityIdLength).Select(v => v.Location + "/id")
            .Concat(id.Length > MaxIdLength ? ["/serialNumber"] : Array.Empty<string>()).ToList();
        if (tooLong.Count > 0)
        {
            return TooLong(source, tooLong);
        }

        var meta = bom.Metadata;
        var vulnerabilities = named.Select(v => Vulnerability.Create(v.Id!, null, v.Description, ImportCsaf.ParseDate(v.Published))).ToList();
        return new VexHeader(VexFormat.CycloneDxVex, "cyclonedx-" + bom.SpecVersion,
            bom.Syntax == CycloneDxSyntax.Xml ? "application/vnd.cyclonedx+xml" : "application/vnd.cyclonedx+json",
            id, bom.Version.ToString(CultureInfo.InvariantCulture), Cut(meta?.Component?.Name, 500),
            Cut(meta?.Manufacturer?.Name ?? meta?.Supplier?.Name, 300), ImportCsaf.ParseDate(meta?.Timestamp), vulnerabilities,
            bom.Vulnerabilities.Count);
    }

    private static Error TooLong(string source, IReadOnlyList<string> pointers) => Error.Validation(
        string.Create(CultureInfo.InvariantCulture, $"{source}: {pointers.Count} id(s) too long to store; nothing was imported."),
        [.. pointers.Select(p => new FieldError(p, "limit-length: longer than an id may be"))]);

    private static string? Cut(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : text.Length > max ? text[..max] : text;
}
