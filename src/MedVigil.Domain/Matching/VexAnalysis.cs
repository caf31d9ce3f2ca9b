using MedVigil.Domain.Findings;

namespace MedVigil.Domain.Matching;

/// <summary>CycloneDX analysis responses (what the author will do or has done).</summary>
public enum VexResponse
{
    CanNotFix,
    WillNotFix,
    Update,
    Rollback,
    WorkaroundAvailable,
}

/// <summary>
/// The VEX analysis a statement carries, in CycloneDX terms (OpenVEX and CSAF VEX justifications are mapped to the
/// CycloneDX ones and also kept as written in <see cref="WrittenJustification"/>).
/// </summary>
public sealed record VexAnalysis(
    AnalysisState State,
    Justification? Justification,
    string? WrittenJustification,
    IReadOnlyList<VexResponse> Responses,
    string? Detail)
{
    /// <summary>The CycloneDX justification closest to an OpenVEX / CSAF VEX label (field-anchors §C.6 cross-walk).</summary>
    public static Justification? FromVexLabel(string? label) => label switch
    {
        "component_not_present" => Findings.Justification.CodeNotPresent,
        "vulnerable_code_not_present" => Findings.Justification.CodeNotPresent,
        "vulnerable_code_not_in_execute_path" => Findings.Justification.CodeNotReachable,
        "vulnerable_code_cannot_be_controlled_by_adversary" => Findings.Justification.RequiresEnvironment,
        "inline_mitigations_already_exist" => Findings.Justification.ProtectedByMitigatingControl,
        _ => null,
    };

    /// <summary>A CycloneDX justification value (<c>code_not_reachable</c>…).</summary>
    public static Justification? FromCycloneDx(string? value) => value switch
    {
        "code_not_present" => Findings.Justification.CodeNotPresent,
        "code_not_reachable" => Findings.Justification.CodeNotReachable,
        "requires_configuration" => Findings.Justification.RequiresConfiguration,
        "requires_dependency" => Findings.Justification.RequiresDependency,
        "requires_environment" => Findings.Justification.RequiresEnvironment,
        "protected_by_compiler" => Findings.Justification.ProtectedByCompiler,
        "protected_at_runtime" => Findings.Justification.ProtectedAtRuntime,
        "protected_at_perimeter" => Findings.Justification.ProtectedAtPerimeter,
        "protected_by_mitigating_control" => Findings.Justification.ProtectedByMitigatingControl,
        _ => null,
    };

    /// <summary>A CycloneDX response value (<c>will_not_fix</c>…).</summary>
    public static VexResponse? ResponseFromCycloneDx(string? value) => value switch
    {
        "can_not_fix" => VexResponse.CanNotFix,
        "will_not_fix" => VexResponse.WillNotFix,
        "update" => VexResponse.Update,
        "rollback" => VexResponse.Rollback,
        "workaround_available" => VexResponse.WorkaroundAvailable,
        _ => null,
    };
}
