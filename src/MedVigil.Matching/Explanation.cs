using MedVigil.Domain.Matching;

namespace MedVigil.Matching;

/// <summary>
/// Why a statement applied: the statement, the identifiers that matched, the comparison that decided the version
/// (<c>2.1.0 &lt; 2.3.0 fixed (semver)</c>), and the source document.
/// </summary>
public sealed record Explanation(string Statement, string Identifiers, string Comparison, StatementProvenance Source)
{
    public override string ToString() => $"{Identifiers}; {Comparison}; {Statement} [{Source}]";
}

/// <summary>
/// A finding of the engine: a target is (or is not, or may be) affected by a vulnerability, through a component
/// (null for device-level matches), with the analysis a VEX or vendor statement gave, why, and the other statements
/// that also applied but lost by precedence (ADR 0018).
/// </summary>
public sealed record MatchFinding(
    string TargetId,
    string VulnerabilityId,
    Domain.Findings.FindingStatus Status,
    VexAnalysis? Analysis,
    InventoryComponent? Component,
    Explanation Explanation,
    IReadOnlyList<Explanation> AlsoApplied)
{
    public override string ToString() => $"{TargetId} {VulnerabilityId} {Status}: {Explanation}";
}
