using MedVigil.Domain.Risk;

namespace MedVigil.Domain.Mitigations;

/// <summary>
/// The assessment of a finding on a device with the mitigations that cover it: the risk of the mitigated inputs, or
/// no risk and the resolution when a mitigation resolved the finding. Pure; computed on read (ADR 0025).
/// </summary>
public sealed record MitigatedRisk(FindingRisk? Risk, MitigatedInputs Mitigated, SsvcInputs Derived)
{
    /// <summary>The priority as commands write it, or the resolution (<c>fixed-by-mitigation</c>), or null.</summary>
    public string? PriorityText => Risk?.PriorityText ?? Mitigated.Resolution;

    public static MitigatedRisk Assess(
        FindingRiskFacts facts, DateTimeOffset openedAt, IEnumerable<Mitigation> covering, Func<Mitigation, string> label,
        SsvcPolicy ssvc, SlaPolicy sla)
    {
        var derived = SsvcDerivation.From(facts, ssvc);
        var mitigated = MitigationEffects.Apply(derived, covering, label);
        return new(mitigated.Inputs is { } inputs ? FindingRisk.Assess(inputs, openedAt, sla) : null, mitigated, derived);
    }

    /// <summary>Before and after one more mitigation, as a residual row: which inputs changed and why.</summary>
    public static ResidualPriority Residual(
        Guid findingId, Guid deviceId, string assetId, string vulnerabilityId, MitigatedRisk before, MitigatedRisk after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeInputs = before.Mitigated.Inputs ?? before.Derived;
        string? because = after.Mitigated.Inputs is not { } afterInputs
            ? after.Mitigated.Resolution
            : string.Join("; ", Changes(beforeInputs, afterInputs)) is { Length: > 0 } changed ? changed : null;
        return new ResidualPriority(
            findingId, deviceId, assetId, vulnerabilityId, before.PriorityText, after.PriorityText,
            before.Risk?.DueDate, after.Risk?.DueDate, MitigationEffects.Summary(beforeInputs),
            after.Mitigated.Inputs is { } a ? MitigationEffects.Summary(a) : null, because);
    }

    private static IEnumerable<string> Changes(SsvcInputs before, SsvcInputs after)
    {
        if (before.Exploitation.Value != after.Exploitation.Value)
        {
            yield return $"Exploitation {before.Exploitation.Value} → {after.Exploitation.Value}";
        }

        if (before.Exposure.Value != after.Exposure.Value)
        {
            yield return $"System Exposure {before.Exposure.Value} → {after.Exposure.Value}";
        }

        if (before.Automatable.Value != after.Automatable.Value)
        {
            yield return $"Automatable {before.Automatable.Value} → {after.Automatable.Value}";
        }
    }
}
