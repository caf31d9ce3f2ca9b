namespace MedVigil.Standards.Purl;

/// <summary>How strictly a PURL string (or a set of components) is read.</summary>
public enum PurlParseMode
{
    /// <summary>
    /// ECMA-427 conformance, as the purl-spec "required" tests define it: what the standard says "shall" be so must be
    /// so (lowercase qualifier keys, no '.' or '..' subpath segments, an ASCII string), while what is only
    /// case-insensitive or "not significant" (type case, a <c>pkg://</c> prefix, stray slashes) is normalised.
    /// </summary>
    Strict,

    /// <summary>
    /// Strict, plus the repairs the purl-spec "recommended" tests show: qualifier keys are lowercased, '.' and '..'
    /// subpath segments are dropped, and characters outside ASCII are accepted and percent-encoded on output.
    /// </summary>
    Lenient,
}
