namespace MedVigil.Formats.CycloneDx;

/// <summary>
/// One component (library, firmware, device, operating system…), with where it sits: nested components are
/// flattened, and <see cref="BomRefPath"/> names the bom-refs from the top-level ancestor down to this component.
/// </summary>
/// <param name="BomRef">The component's <c>bom-ref</c>, or null when it has none.</param>
/// <param name="Type">The component type (<c>library</c>, <c>firmware</c>, <c>device</c>…).</param>
/// <param name="Group">The group (Maven group id, npm scope, vendor…).</param>
/// <param name="Name">The name.</param>
/// <param name="Version">The version, as written.</param>
/// <param name="Purl">The package URL, unparsed.</param>
/// <param name="Cpe">The CPE (2.2 or 2.3), unparsed.</param>
/// <param name="Hashes">The hashes.</param>
/// <param name="Licenses">The license ids (SPDX), names, or expressions.</param>
/// <param name="Supplier">The supplier.</param>
/// <param name="Manufacturer">The manufacturer (1.6+; else the 1.2–1.5 <c>author</c> or <c>publisher</c> is not taken as one).</param>
/// <param name="Properties">The name/value properties (e.g. the FDA-style <c>End-of-Support</c> and <c>Level of Support</c>).</param>
/// <param name="ExternalReferences">The external references (<c>advisories</c>, <c>security-contact</c>, <c>vcs</c>…).</param>
/// <param name="BomRefPath">The bom-refs of the ancestors and of this component (a missing one is an empty string).</param>
/// <param name="Location">The JSON pointer of the component (for an XML BOM, that of the same component in JSON form).</param>
public sealed record CycloneDxComponent(
    string? BomRef,
    string? Type,
    string? Group,
    string Name,
    string? Version,
    string? Purl,
    string? Cpe,
    IReadOnlyList<CycloneDxHash> Hashes,
    IReadOnlyList<string> Licenses,
    CycloneDxOrganization? Supplier,
    CycloneDxOrganization? Manufacturer,
    IReadOnlyList<CycloneDxProperty> Properties,
    IReadOnlyList<CycloneDxExternalReference> ExternalReferences,
    IReadOnlyList<string> BomRefPath,
    string Location);

/// <summary>A hash of a component: the algorithm as written (<c>SHA-256</c>…) and the hex value.</summary>
public sealed record CycloneDxHash(string Algorithm, string Value);

/// <summary>A name/value property; the value may be absent.</summary>
public sealed record CycloneDxProperty(string Name, string? Value);

/// <summary>An external reference: its type (<c>advisories</c>, <c>security-contact</c>, <c>website</c>…) and URL.</summary>
public sealed record CycloneDxExternalReference(string Type, string Url);
