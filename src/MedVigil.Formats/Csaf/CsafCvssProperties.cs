namespace MedVigil.Formats.Csaf;

/// <summary>A CVSS JSON property of the FIRST schemas with an enumerated value, and the vector metric it restates (if any).</summary>
internal sealed record CsafCvssProperty(string Name, string? Metric, string[] Values);

/// <summary>
/// The enumerated properties of the FIRST CVSS v2.0 and v3.x JSON schemas (tests 6.1.8 and 6.1.10), and the
/// vector code of each value.
/// </summary>
internal static class CsafCvssProperties
{
    private static readonly string[] Cia3 = ["NONE", "LOW", "HIGH"];
    private static readonly string[] Cia2 = ["NONE", "PARTIAL", "COMPLETE"];
    private static readonly string[] Severity = ["NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL"];
    private static readonly string[] Requirement = ["LOW", "MEDIUM", "HIGH", "NOT_DEFINED"];
    private static readonly string[] AttackVector = ["NETWORK", "ADJACENT_NETWORK", "LOCAL", "PHYSICAL"];
    private static readonly string[] Maturity = ["UNPROVEN", "PROOF_OF_CONCEPT", "FUNCTIONAL", "HIGH", "NOT_DEFINED"];
    private static readonly string[] Remediation = ["OFFICIAL_FIX", "TEMPORARY_FIX", "WORKAROUND", "UNAVAILABLE", "NOT_DEFINED"];

    /// <summary>The score properties of both versions: numbers from 0 to 10.</summary>
    public static readonly string[] Scores = ["baseScore", "temporalScore", "environmentalScore"];

    public static readonly IReadOnlyList<CsafCvssProperty> V3 =
    [
        new("attackVector", "AV", AttackVector),
        new("attackComplexity", "AC", ["HIGH", "LOW"]),
        new("privilegesRequired", "PR", ["HIGH", "LOW", "NONE"]),
        new("userInteraction", "UI", ["NONE", "REQUIRED"]),
        new("scope", "S", ["UNCHANGED", "CHANGED"]),
        new("confidentialityImpact", "C", Cia3),
        new("integrityImpact", "I", Cia3),
        new("availabilityImpact", "A", Cia3),
        new("baseSeverity", null, Severity),
        new("exploitCodeMaturity", "E", Maturity),
        new("remediationLevel", "RL", Remediation),
        new("reportConfidence", "RC", ["UNKNOWN", "REASONABLE", "CONFIRMED", "NOT_DEFINED"]),
        new("temporalSeverity", null, Severity),
        new("confidentialityRequirement", "CR", Requirement),
        new("integrityRequirement", "IR", Requirement),
        new("availabilityRequirement", "AR", Requirement),
        new("modifiedAttackVector", "MAV", [.. AttackVector, "NOT_DEFINED"]),
        new("modifiedAttackComplexity", "MAC", ["HIGH", "LOW", "NOT_DEFINED"]),
        new("modifiedPrivilegesRequired", "MPR", ["HIGH", "LOW", "NONE", "NOT_DEFINED"]),
        new("modifiedUserInteraction", "MUI", ["NONE", "REQUIRED", "NOT_DEFINED"]),
        new("modifiedScope", "MS", ["UNCHANGED", "CHANGED", "NOT_DEFINED"]),
        new("modifiedConfidentialityImpact", "MC", [.. Cia3, "NOT_DEFINED"]),
        new("modifiedIntegrityImpact", "MI", [.. Cia3, "NOT_DEFINED"]),
        new("modifiedAvailabilityImpact", "MA", [.. Cia3, "NOT_DEFINED"]),
        new("environmentalSeverity", null, Severity),
    ];

    public static readonly IReadOnlyList<CsafCvssProperty> V2 =
    [
        new("accessVector", "AV", ["NETWORK", "ADJACENT_NETWORK", "LOCAL"]),
        new("accessComplexity", "AC", ["HIGH", "MEDIUM", "LOW"]),
        new("authentication", "Au", ["MULTIPLE", "SINGLE", "NONE"]),
        new("confidentialityImpact", "C", Cia2),
        new("integrityImpact", "I", Cia2),
        new("availabilityImpact", "A", Cia2),
        new("exploitability", "E", Maturity),
        new("remediationLevel", "RL", Remediation),
        new("reportConfidence", "RC", ["UNCONFIRMED", "UNCORROBORATED", "CONFIRMED", "NOT_DEFINED"]),
        new("collateralDamagePotential", "CDP", ["NONE", "LOW", "LOW_MEDIUM", "MEDIUM_HIGH", "HIGH", "NOT_DEFINED"]),
        new("targetDistribution", "TD", ["NONE", "LOW", "MEDIUM", "HIGH", "NOT_DEFINED"]),
        new("confidentialityRequirement", "CR", Requirement),
        new("integrityRequirement", "IR", Requirement),
        new("availabilityRequirement", "AR", Requirement),
    ];

    private static readonly Dictionary<string, string> V2Exceptions = new(StringComparer.Ordinal)
    {
        ["ADJACENT_NETWORK"] = "A", ["PROOF_OF_CONCEPT"] = "POC", ["UNCONFIRMED"] = "UC", ["UNCORROBORATED"] = "UR",
        ["NOT_DEFINED"] = "ND",
    };

    /// <summary>The v3 vector code of a property value: its first letter, X for NOT_DEFINED.</summary>
    public static string V3Code(string value) =>
        string.Equals(value, "NOT_DEFINED", StringComparison.Ordinal) ? "X" : value.Length > 0 ? value[..1] : "";

    /// <summary>The v2 vector code of a property value: the initials of its words, with the Guide's exceptions.</summary>
    public static string V2Code(string value) =>
        V2Exceptions.TryGetValue(value, out var code) ? code : string.Concat(value.Split('_').Where(w => w.Length > 0).Select(w => w[0]));
}
