namespace MedVigil.Standards.Purl;

/// <summary>
/// Decoded PURL components to build a <see cref="PackageUrl"/> from (purl-spec "how to build"): plain text, no
/// percent-encoding. Empty strings count as absent.
/// </summary>
public sealed record PurlComponents
{
    /// <summary>The package type, e.g. <c>maven</c> (any case).</summary>
    public string? Type { get; init; }

    /// <summary>The namespace; '/' separates segments.</summary>
    public string? Namespace { get; init; }

    /// <summary>The name (required).</summary>
    public string? Name { get; init; }

    /// <summary>The version.</summary>
    public string? Version { get; init; }

    /// <summary>Qualifier pairs in any order; a null or empty value drops the pair.</summary>
    public IEnumerable<KeyValuePair<string, string?>>? Qualifiers { get; init; }

    /// <summary>The subpath; '/' separates segments.</summary>
    public string? Subpath { get; init; }
}
