using MedVigil.Domain.Common;

namespace MedVigil.Domain.Findings;

/// <summary>How far an analysis reaches: one device, every device of one model version, or every version of a model.</summary>
public enum DecisionScope
{
    Device,
    ModelVersion,
    Model,
}

/// <summary>
/// A person's analysis of a vulnerability in a component (by package, without version), kept apart from the findings
/// so it carries over: a finding that recurs within <see cref="Scope"/> (a new SBOM version, another device of the
/// model) takes it on. The newest decision of the narrowest scope wins; decisions are never edited, only superseded.
/// </summary>
public sealed class AnalysisDecision : ITenantOwned
{
    private AnalysisDecision()
    {
        VulnerabilityId = string.Empty;
        Analysis = null!;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string VulnerabilityId { get; private set; }

    /// <summary>The package the analysis is about (<see cref="Finding.ComponentKey"/>); null for device-level findings.</summary>
    public string? ComponentKey { get; private set; }

    public DecisionScope Scope { get; private set; }

    /// <summary>The device, model version or model the decision covers.</summary>
    public Guid ScopeId { get; private set; }

    public Analysis Analysis { get; private set; }

    /// <summary>The finding the person was looking at when deciding.</summary>
    public Guid FindingId { get; private set; }

    public static Result<AnalysisDecision> Record(
        Guid tenantId, Finding finding, DecisionScope scope, Guid scopeId, Analysis analysis, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.State == AnalysisState.NotAffected && analysis.Justification is null)
        {
            return Error.Validation("A not-affected analysis needs a justification.",
                new FieldError("justification", "required when state is not_affected"));
        }

        return new AnalysisDecision
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Id = Ids.New(time),
            VulnerabilityId = finding.VulnerabilityId,
            ComponentKey = finding.ComponentKey,
            Scope = scope,
            ScopeId = Guard.Id(scopeId, nameof(scopeId)),
            Analysis = analysis,
            FindingId = finding.Id,
        };
    }
}
