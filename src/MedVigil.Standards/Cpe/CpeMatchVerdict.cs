namespace MedVigil.Standards.Cpe;

/// <summary>
/// The outcome of <see cref="CpeName.EvaluateForVulnerability"/>: does a vulnerability's CPE match criteria apply to a
/// component's CPE? The checks run in the order listed; the first that fails gives the verdict.
/// </summary>
public enum CpeMatchVerdict
{
    /// <summary>Some attribute is DISJOINT (NISTIR 7696): different vendor, product, part, version…</summary>
    Disjoint,

    /// <summary>
    /// Some attribute is UNDEFINED: the component's CPE holds a wildcard pattern, so it names no platform to test.
    /// </summary>
    Undefined,

    /// <summary>
    /// Vendor and product point opposite ways: one SUBSET, the other SUPERSET (criteria <c>amd:*</c> against component
    /// <c>*:zstandard</c>). Each side leaves open what the other pins down, so nothing ties them to one product;
    /// Dependency-Track issue 3178 (fixed in its pull request 3209) shows such matches are false positives.
    /// </summary>
    VendorProductCrossed,

    /// <summary>
    /// Neither vendor nor product is the same concrete value on both sides (criteria <c>*:*</c>, a component of
    /// <c>*:*</c>, or wildcard patterns on both): a wildcard alone must not match everything.
    /// </summary>
    Unanchored,

    /// <summary>The criteria covers the component: the name relation is EQUAL or SUPERSET, as NISTIR 7696 defines a match.</summary>
    Match,

    /// <summary>
    /// No attribute contradicts, but the component's CPE is broader than the criteria somewhere (SUBSET): it leaves a
    /// vendor, version or target platform as ANY that the criteria names (<c>o:*:linux_kernel</c> against
    /// <c>o:linux:linux_kernel</c>). Counted as a match so incomplete SBOM CPEs do not hide vulnerabilities
    /// (Dependency-Track issues 2580 and 2988); callers can show it as needing review.
    /// </summary>
    PossibleMatch,
}
