namespace MedVigil.Standards.Rubric;

/// <summary>
/// MITRE's "Rubric for Applying CVSS to Medical Devices" (FDA-qualified MDDT, v0.12.04): questionnaire answers →
/// CVSS v3.1 base vector with a reason per metric. Implements the rubric's own decision flows (field-anchors §C.1),
/// not the calculator spreadsheet's known bugs: XCPM and XAVPA are read, the Availability Low test reads XAT, and
/// UNKNOWN (or an unanswered question the flow reaches) scores the worst case in every metric, C/I/A included.
/// </summary>
public static class MedicalDeviceRubric
{
    /// <summary>Assesses the answers. Pure: the same answers always give the same assessment.</summary>
    public static RubricAssessment Assess(RubricAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new RubricAssessment(
        [
            ExploitabilityFlows.AttackVector(answers),
            ExploitabilityFlows.AttackComplexity(answers),
            ExploitabilityFlows.PrivilegesRequired(answers),
            ExploitabilityFlows.UserInteraction(answers),
            ExploitabilityFlows.Scope(answers),
            ImpactFlows.Confidentiality(answers),
            ImpactFlows.Integrity(answers),
            ImpactFlows.Availability(answers),
        ]);
    }

    /// <summary>Parses the extended vector (<see cref="RubricAnswers"/>) and assesses it.</summary>
    public static RubricAssessment Assess(string extendedVector) => Assess(RubricAnswers.Parse(extendedVector));
}
