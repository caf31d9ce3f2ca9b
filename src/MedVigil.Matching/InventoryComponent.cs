namespace MedVigil.Matching;

/// <summary>A component of a model version as its SBOM lists it: purl, CPE, name, version and supplier, any may be absent.</summary>
public sealed record InventoryComponent(string? Purl, string? Cpe, string? Name, string? Version, string? Supplier = null)
{
    public override string ToString() => Purl ?? Cpe ?? $"{Name}@{Version}";
}

/// <summary>What is known of a device without an SBOM: manufacturer, model, model number and software version.</summary>
public sealed record DeviceFacts(string Manufacturer, string Model, string? ModelNumber, string? SoftwareVersion);

/// <summary>
/// One target to match: a model version (or a device) by id, with its components, its device facts when known, and
/// extra CPEs of what it runs on (operating system, hardware) that no component names.
/// </summary>
public sealed record MatchTarget(string Id, IReadOnlyList<InventoryComponent> Components, DeviceFacts? Device = null, IReadOnlyList<string>? Platforms = null);
