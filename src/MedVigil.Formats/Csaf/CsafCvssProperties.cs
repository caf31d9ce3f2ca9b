namespace MedVigil.Formats.Csaf;

/// <summary>
/// The CVSS JSON properties (FIRST schemas) that restate a vector metric, and the vector code of each value, for
/// test 6.1.10.
/// </summary>
internal static class CsafCvssProperties
{
    public static readonly IReadOnlyDictionary<string, string> V3 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["attackVector"] = "AV", ["attackComplexity"] = "AC", ["privilegesRequired"] = "PR", ["userInteraction"] = "UI",
        ["scope"] = "S", ["confidentialityImpact"] = "C", ["integrityImpact"] = "I", ["availabilityImpact"] = "A",
        ["exploitCodeMaturity"] = "E", ["remediationLevel"] = "RL", ["reportConfidence"] = "RC",
        ["confidentialityRequirement"] = "CR", ["integrityRequirement"] = "IR", ["availabilityRequirement"] = "AR",
        ["modifiedAttackVector"] = "MAV", ["modifiedAttackComplexity"] = "MAC", ["modifiedPrivilegesRequired"] = "MPR",
        ["modifiedUserInteraction"] = "MUI", ["modifiedScope"] = "MS", ["modifiedConfidentialityImpact"] = "MC",
        ["modifiedIntegrityImpact"] = "MI", ["modifiedAvailabilityImpact"] = "MA",
    };

    public static readonly IReadOnlyDictionary<string, string> V2 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["accessVector"] = "AV", ["accessComplexity"] = "AC", ["authentication"] = "Au", ["confidentialityImpact"] = "C",
        ["integrityImpact"] = "I", ["availabilityImpact"] = "A", ["exploitability"] = "E", ["remediationLevel"] = "RL",
        ["reportConfidence"] = "RC", ["collateralDamagePotential"] = "CDP", ["targetDistribution"] = "TD",
        ["confidentialityRequirement"] = "CR", ["integrityRequirement"] = "IR", ["availabilityRequirement"] = "AR",
    };

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
