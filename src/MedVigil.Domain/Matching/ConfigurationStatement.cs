using MedVigil.Standards.Cpe;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Domain.Matching;

/// <summary>
/// An NVD configuration kept whole (ADR 0018): the vulnerability applies to a model version when the tree is true
/// against everything the model version runs on. The CVE's configurations are alternatives (any true is enough).
/// </summary>
public sealed record ConfigurationStatement(
    VulnerabilityIds Vulnerability,
    CpeConfigurationNode Root,
    StatementProvenance Provenance)
{
    /// <summary>Every CPE criterion in the tree, vulnerable ones and platform context alike.</summary>
    public IEnumerable<CpeCriterion> Criteria => Root.Descendants();

    public override string ToString() => $"{Vulnerability.Primary}: {Root} ({Provenance})";
}

/// <summary>AND or OR.</summary>
public enum LogicalOperator
{
    Or,
    And,
}

/// <summary>
/// A node of a configuration tree: children (nodes or criteria) combined by <see cref="Operator"/>, inverted when
/// <see cref="Negate"/> is set.
/// </summary>
public sealed record CpeConfigurationNode(LogicalOperator Operator, bool Negate, IReadOnlyList<CpeConfigurationNode> Nodes, IReadOnlyList<CpeCriterion> Matches)
{
    public IEnumerable<CpeCriterion> Descendants() => Matches.Concat(Nodes.SelectMany(n => n.Descendants()));

    public override string ToString()
    {
        var parts = Nodes.Select(n => "(" + n + ")").Concat(Matches.Select(m => m.ToString()));
        var joined = string.Join(Operator == LogicalOperator.And ? " AND " : " OR ", parts);
        return Negate ? "NOT (" + joined + ")" : joined;
    }
}

/// <summary>
/// One CPE match of a configuration: the criteria, whether it names the vulnerable product (false: platform context
/// such as "running on Windows"), and its version bounds as a firmware-scheme <c>vers</c> range (null when it has
/// none). <see cref="UnreadableBounds"/> holds bounds that could not be read as versions.
/// </summary>
public sealed record CpeCriterion(bool Vulnerable, CpeName Criteria, VersRange? Bounds, string? UnreadableBounds, string Pointer)
{
    /// <summary>The vendor:product index key of <see cref="Criteria"/>.</summary>
    public string IndexKey { get; } = CpeProduct.CpeKey(Criteria);

    /// <summary><see cref="Criteria"/> with its version set to ANY, for matching names apart from versions.</summary>
    public CpeName AnyVersion { get; } = Criteria.With(CpeAttribute.Version, CpeValue.Any);

    public override string ToString() =>
        (Vulnerable ? "" : "[platform] ") + Criteria + (Bounds is null ? "" : " " + Bounds) + (UnreadableBounds is null ? "" : " " + UnreadableBounds);
}
