using MedVigil.Formats.Common;

namespace MedVigil.Formats.CycloneDx;

/// <summary>How <see cref="CycloneDxReader"/> reads: the limits, and the optional strict mode.</summary>
public sealed record CycloneDxReadOptions
{
    public static CycloneDxReadOptions Default { get; } = new();

    /// <summary>Size, depth, item and string limits for the untrusted document.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>
    /// A folder holding the official schemas (<c>bom-1.4.schema.json</c> … <c>bom-1.7.schema.json</c> and the
    /// <c>spdx</c>, <c>jsf-0.82</c> and <c>cryptography-defs</c> schemas they reference). When set, JSON BOMs are also
    /// validated against the schema of their <c>specVersion</c> (strict mode); the typed checks always run.
    /// </summary>
    public string? SchemaFolder { get; init; }
}
