using System.Globalization;
using MedVigil.Application.Exploitation;
using MedVigil.Domain.Common;
using MedVigil.Formats.Common;
using MedVigil.Formats.CycloneDx;
using MedVigil.Formats.Spdx;

namespace MedVigil.Application.Sboms;

/// <summary>
/// Reads an SBOM's bytes with the CycloneDX reader (JSON or XML: <c>bomFormat</c> or <c>&lt;bom</c>) or the SPDX
/// reader (<c>spdxVersion</c> or <c>SPDXVersion:</c>, or an SPDX 3 JSON-LD context, which that reader names and
/// refuses), chosen by content. Any error issue fails the read with every
/// issue and its location.
/// </summary>
internal static class SbomParser
{
    public static Result<SbomContent> Parse(string source, byte[] bytes, ReaderLimits limits)
    {
        var span = bytes.AsSpan();
        if (span.IndexOf("bomFormat"u8) >= 0 || span.IndexOf("<bom"u8) >= 0)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var read = CycloneDxReader.Read(stream, limits);
            return read.IsValid && read.Document is { } bom ? FromCycloneDx(bom) : Failed(source, read.Issues);
        }

        if (span.IndexOf("spdxVersion"u8) >= 0 || span.IndexOf("SPDXVersion:"u8) >= 0 || span.IndexOf("spdx.org/rdf/3"u8) >= 0)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var read = SpdxReader.Read(stream, limits);
            return read.IsValid && read.Document is { } document ? FromSpdx(document) : Failed(source, read.Issues);
        }

        // No marker: a JSON document that does not even parse says where it breaks (a truncated file often loses the marker).
        if (span.TrimStart(" \t\r\n"u8) is [(byte)'{', ..])
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var json = JsonInput.Parse(stream, limits);
            json.Document?.Dispose();
            if (!json.IsValid)
            {
                return Failed(source, json.Issues);
            }
        }

        return Error.Validation($"{source}: neither a CycloneDX BOM (bomFormat, <bom>) nor an SPDX 2.x document (spdxVersion); nothing was imported.",
            new FieldError("/", "unknown-format"));
    }

    private static Error Failed(string source, IReadOnlyList<FormatIssue> issues)
    {
        var errors = issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        return ReferenceData.Refused(source, errors);
    }

    private static SbomContent FromCycloneDx(CycloneDxBom bom)
    {
        var meta = bom.Metadata;
        var product = meta?.Component;
        var manufacturer = meta?.Manufacturer?.Name ?? meta?.Supplier?.Name ?? product?.Manufacturer?.Name ?? product?.Supplier?.Name;
        var components = bom.Components
            .Select(c => SbomComponent.Of(c.Group is { Length: > 0 } g ? $"{g}/{c.Name}" : c.Name, c.Version,
                c.Supplier?.Name ?? c.Manufacturer?.Name, c.Purl, c.Cpe))
            .OfType<SbomComponent>()
            .ToList();
        return new SbomContent("CycloneDX " + bom.SpecVersion, SbomComponent.Clean(manufacturer),
            SbomComponent.Clean(product?.Name), SbomComponent.Clean(product?.Version), components);
    }

    private static SbomContent FromSpdx(SpdxDocument document)
    {
        var described = document.EffectiveRelationships()
            .Where(r => r.RelationshipType == "DESCRIBES" && r.SpdxElementId == document.SpdxId)
            .Select(r => document.Packages.FirstOrDefault(p => p.SpdxId == r.RelatedSpdxElement))
            .OfType<SpdxPackage>()
            .FirstOrDefault();
        var components = document.Packages
            .Where(p => !ReferenceEquals(p, described))
            .Select(p => SbomComponent.Of(p.Name, p.VersionInfo, Party(p.Supplier) ?? Party(p.Originator),
                p.Purls.FirstOrDefault(), p.Cpes.FirstOrDefault()))
            .OfType<SbomComponent>()
            .ToList();
        return new SbomContent(document.SpdxVersion ?? "SPDX", Party(described?.Supplier) ?? Party(described?.Originator),
            SbomComponent.Clean(described?.Name), SbomComponent.Clean(described?.VersionInfo), components);
    }

    /// <summary>The name in an SPDX party (<c>Organization: Acme (ops@acme.example)</c> is <c>Acme</c>); NOASSERTION is none.</summary>
    internal static string? Party(string? value)
    {
        var text = SbomComponent.Clean(value);
        if (text is null || text is "NOASSERTION" or "NONE")
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && text[..colon] is "Organization" or "Person" or "Tool")
        {
            text = text[(colon + 1)..].Trim();
        }

        var paren = text.LastIndexOf('(');
        if (paren > 0 && text.EndsWith(')'))
        {
            text = text[..paren].Trim();
        }

        return SbomComponent.Clean(text);
    }
}
