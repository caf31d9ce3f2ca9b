namespace MedVigil.Formats.Common;

/// <summary>
/// Explicit limits for untrusted documents (ARCHITECTURE.md "Errors and input"). A document past any limit is
/// refused with an issue coded <c>limit-…</c>; nothing past the limit is read.
/// </summary>
public sealed record ReaderLimits
{
    public static ReaderLimits Default { get; } = new();

    /// <summary>Bytes read from one document (after decompression, for gzip inputs).</summary>
    public long MaxBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>JSON/XML nesting depth.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Items in any one collection (components, vulnerabilities, products, rows…).</summary>
    public int MaxItems { get; init; } = 2_000_000;

    /// <summary>Characters in any one string value.</summary>
    public int MaxStringLength { get; init; } = 4 * 1024 * 1024;
}
