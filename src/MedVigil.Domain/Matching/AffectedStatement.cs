using MedVigil.Domain.Findings;

namespace MedVigil.Domain.Matching;

/// <summary>
/// The one statement shape every source is converted to (ADR 0018): "these versions of this product have this status
/// for this vulnerability", with the VEX analysis when the source gives one and where it came from. NVD
/// configurations, which cannot be flattened, are <see cref="ConfigurationStatement"/>s instead.
/// </summary>
public sealed record AffectedStatement(
    VulnerabilityIds Vulnerability,
    ProductIdentity Product,
    VersionConstraint Versions,
    FindingStatus Status,
    VexAnalysis? Analysis,
    StatementProvenance Provenance)
{
    public override string ToString() => $"{Vulnerability.Primary}: {Product} {Versions} {Status} ({Provenance})";
}

/// <summary>A part of a document a converter could not turn into statements, and why (GIT ranges, unknown ecosystems…).</summary>
public sealed record SkippedStatement(string Pointer, string Reason)
{
    public override string ToString() => $"{Reason} ({Pointer})";
}

/// <summary>What a converter made of one document: statements, configuration trees and the parts it skipped.</summary>
public sealed record StatementSet(
    IReadOnlyList<AffectedStatement> Statements,
    IReadOnlyList<ConfigurationStatement> Configurations,
    IReadOnlyList<SkippedStatement> Skipped)
{
    public static StatementSet Empty { get; } = new([], [], []);
}
