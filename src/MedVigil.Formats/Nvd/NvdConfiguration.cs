namespace MedVigil.Formats.Nvd;

/// <summary>How a node combines its CPE matches, or a configuration its nodes.</summary>
public enum NvdOperator
{
    /// <summary>Any one is enough.</summary>
    Or,

    /// <summary>All are needed (typically: a vulnerable application AND the platform it runs on).</summary>
    And,
}

/// <summary>
/// One applicability statement of a CVE, kept whole: the CVE applies if any configuration is true; a configuration is
/// true per its operator (OR when absent) over its nodes; a node per its operator over its CPE matches; negate
/// inverts. Matches with <see cref="NvdCpeMatch.Vulnerable"/> false are context (a platform), never the affected component.
/// </summary>
public sealed record NvdConfiguration(NvdOperator? Operator, bool Negate, IReadOnlyList<NvdNode> Nodes);

/// <summary>A node of a configuration: CPE matches combined by <see cref="Operator"/>.</summary>
public sealed record NvdNode(NvdOperator Operator, bool Negate, IReadOnlyList<NvdCpeMatch> CpeMatch);

/// <summary>A CPE 2.3 match string with optional version bounds, as written (not yet parsed).</summary>
/// <param name="Criteria">A CPE 2.3 formatted string, e.g. <c>cpe:2.3:a:git:git:*:*:*:*:*:*:*:*</c>.</param>
/// <param name="MatchCriteriaId">The id NVD's CPE Match API expands into dictionary names.</param>
public sealed record NvdCpeMatch(
    bool Vulnerable,
    string Criteria,
    string MatchCriteriaId,
    string? VersionStartIncluding,
    string? VersionStartExcluding,
    string? VersionEndIncluding,
    string? VersionEndExcluding);

/// <summary>
/// An override of a CVE's configurations in NVD 2.0 shape (anchore/nvd-data-overrides): the CVE id and reason from
/// <c>_annotation</c>, and the replacement <c>cve.configurations</c> and <c>cve.references</c>.
/// </summary>
public sealed record NvdOverride(string CveId, string? Reason, IReadOnlyList<NvdConfiguration> Configurations, IReadOnlyList<NvdReference> References);
