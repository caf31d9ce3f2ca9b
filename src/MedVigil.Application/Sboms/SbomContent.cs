namespace MedVigil.Application.Sboms;

/// <summary>One component of an SBOM as MedVigil stores it: values trimmed, blanks as null.</summary>
public sealed record SbomComponent(string Name, string? Version, string? Supplier, string? Purl, string? Cpe)
{
    /// <summary>A component from values as written; null when the name is blank.</summary>
    public static SbomComponent? Of(string? name, string? version, string? supplier, string? purl, string? cpe) =>
        Clean(name) is { } clean ? new SbomComponent(clean, Clean(version), Clean(supplier), Clean(purl), Clean(cpe)) : null;

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What an SBOM says: the product it describes (each part may be missing) and its components.</summary>
public sealed record SbomContent(
    string Format, string? Manufacturer, string? Model, string? Version, IReadOnlyList<SbomComponent> Components);
