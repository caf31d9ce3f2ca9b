namespace MedVigil.Formats.CycloneDx;

/// <summary>
/// The closed vocabularies of the VEX fields the model keeps (unchanged from 1.4 to 1.7), so a misspelt state is an
/// issue even without the schema: an import must not read "not-affected" as "unknown".
/// </summary>
internal static class CycloneDxVocabulary
{
    public static readonly IReadOnlySet<string> AnalysisStates = Set("resolved", "resolved_with_pedigree", "exploitable", "in_triage", "false_positive", "not_affected");

    public static readonly IReadOnlySet<string> Justifications = Set(
        "code_not_present", "code_not_reachable", "requires_configuration", "requires_dependency", "requires_environment",
        "protected_by_compiler", "protected_at_runtime", "protected_at_perimeter", "protected_by_mitigating_control");

    public static readonly IReadOnlySet<string> Responses = Set("can_not_fix", "will_not_fix", "update", "rollback", "workaround_available");

    public static readonly IReadOnlySet<string> AffectedStatuses = Set("affected", "unaffected", "unknown");

    public static readonly IReadOnlySet<string> Severities = Set("critical", "high", "medium", "low", "info", "none", "unknown");

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
