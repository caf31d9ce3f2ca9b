namespace MedVigil.Formats.CycloneDx;

/// <summary>The syntax a CycloneDX document was written in.</summary>
public enum CycloneDxSyntax
{
    /// <summary>CycloneDX JSON.</summary>
    Json,

    /// <summary>CycloneDX XML (namespace <c>http://cyclonedx.org/schema/bom/1.x</c>).</summary>
    Xml,
}

/// <summary>
/// What MedVigil keeps of one CycloneDX BOM (SBOM, HBOM, VEX…): the parts that matching and import need. Values are
/// kept as written (purl and CPE as strings, enumerations as their lower-case spec values).
/// </summary>
/// <param name="SpecVersion">The CycloneDX version, <c>1.2</c> to <c>1.7</c>.</param>
/// <param name="SerialNumber">The BOM's <c>urn:uuid:…</c>, which BOM-Links (<c>urn:cdx:…</c>) refer to.</param>
/// <param name="Version">The BOM's revision (1 when absent, as the spec says).</param>
/// <param name="Syntax">JSON or XML.</param>
/// <param name="Metadata">The metadata, or null when the BOM has none.</param>
/// <param name="Components">Every component, nested ones included, flattened in document order (parents first): those
/// nested in <c>metadata.component</c> first, then <c>components</c>.</param>
/// <param name="Dependencies">The dependency graph, as written.</param>
/// <param name="Vulnerabilities">The embedded vulnerabilities (VEX, VDR).</param>
public sealed record CycloneDxBom(
    string SpecVersion,
    string? SerialNumber,
    int Version,
    CycloneDxSyntax Syntax,
    CycloneDxMetadata? Metadata,
    IReadOnlyList<CycloneDxComponent> Components,
    IReadOnlyList<CycloneDxDependency> Dependencies,
    IReadOnlyList<CycloneDxVulnerability> Vulnerabilities);

/// <summary>The BOM's <c>metadata</c>.</summary>
/// <param name="Timestamp">When the BOM was created, as written (ISO 8601).</param>
/// <param name="Lifecycles">Each lifecycle's <c>phase</c> (pre-defined) or <c>name</c> (custom).</param>
/// <param name="Tools">The tools that made the BOM: legacy <c>tools[]</c>, or the 1.5+ <c>tools.components</c> and <c>tools.services</c>.</param>
/// <param name="Component">The thing the BOM describes (for a device SBOM: the device or its software), not flattened into <see cref="CycloneDxBom.Components"/>.</param>
/// <param name="Manufacturer">The manufacturer of the described thing (1.6+), else the deprecated <c>manufacture</c>.</param>
/// <param name="Supplier">The supplier of the described thing.</param>
public sealed record CycloneDxMetadata(
    string? Timestamp,
    IReadOnlyList<string> Lifecycles,
    IReadOnlyList<CycloneDxTool> Tools,
    CycloneDxComponent? Component,
    CycloneDxOrganization? Manufacturer,
    CycloneDxOrganization? Supplier);

/// <summary>A tool named in <c>metadata.tools</c>.</summary>
public sealed record CycloneDxTool(string? Vendor, string? Name, string? Version);

/// <summary>An organizational entity (supplier, manufacturer): its name and URLs.</summary>
public sealed record CycloneDxOrganization(string? Name, IReadOnlyList<string> Urls);

/// <summary>One entry of <c>dependencies</c>: <paramref name="Ref"/> depends on each of <paramref name="DependsOn"/> (bom-refs).</summary>
public sealed record CycloneDxDependency(string Ref, IReadOnlyList<string> DependsOn);
