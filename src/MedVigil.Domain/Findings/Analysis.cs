namespace MedVigil.Domain.Findings;

/// <summary>CycloneDX impact-analysis states.</summary>
public enum AnalysisState
{
    InTriage,
    Exploitable,
    Resolved,
    ResolvedWithPedigree,
    FalsePositive,
    NotAffected,
}

/// <summary>CycloneDX justifications for <see cref="AnalysisState.NotAffected"/>.</summary>
public enum Justification
{
    CodeNotPresent,
    CodeNotReachable,
    RequiresConfiguration,
    RequiresDependency,
    RequiresEnvironment,
    ProtectedByCompiler,
    ProtectedAtRuntime,
    ProtectedAtPerimeter,
    ProtectedByMitigatingControl,
}

/// <summary>
/// A person's (or a VEX document's) judgement of a finding; a value, replaced whole. <see cref="Responses"/> holds the
/// CycloneDX response values (<c>update</c>, <c>workaround_available</c>…) comma-separated.
/// </summary>
public sealed record Analysis(
    AnalysisState State,
    Justification? Justification,
    string? Detail,
    string AnalysedBy,
    DateTimeOffset AnalysedAt,
    string? Responses = null)
{
    public static Analysis Initial(DateTimeOffset at) => new(AnalysisState.InTriage, null, null, "system", at);
}
