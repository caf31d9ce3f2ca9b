using System.Globalization;
using MedVigil.Domain.Risk;
using MedVigil.Standards.Ssvc;

namespace MedVigil.Domain.Mitigations;

/// <summary>
/// A finding's SSVC inputs after the mitigations that cover it (ADR 0025), or the mitigation that resolved it (an
/// update fixes the finding, a retirement takes the device out of the open set). <see cref="Inputs"/> is null when resolved.
/// </summary>
public sealed record MitigatedInputs(SsvcInputs? Inputs, Guid? ResolvedBy, string? Resolution)
{
    public bool IsResolved => ResolvedBy is not null;
}

/// <summary>
/// What a mitigation does to the SSVC inputs of a finding it covers (ADR 0025), computed on read. Pure. A changed input
/// names the mitigation as its source and keeps what it was and why.
/// </summary>
public static class MitigationEffects
{
    /// <summary><c>fixed-by-mitigation</c>: a verified update resolved the finding on the device.</summary>
    public const string FixedByMitigation = "fixed-by-mitigation";

    /// <summary><c>retired-by-mitigation</c>: the device was retired or replaced by a verified mitigation.</summary>
    public const string RetiredByMitigation = "retired-by-mitigation";

    /// <summary>Applies <paramref name="mitigations"/> in order (each already known to cover the finding).</summary>
    public static MitigatedInputs Apply(SsvcInputs inputs, IEnumerable<Mitigation> mitigations, Func<Mitigation, string> label)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(mitigations);
        ArgumentNullException.ThrowIfNull(label);
        foreach (var mitigation in mitigations)
        {
            switch (mitigation.Kind)
            {
                case MitigationKind.Update:
                    return new(null, mitigation.Id, FixedByMitigation);
                case MitigationKind.Retire:
                    return new(null, mitigation.Id, RetiredByMitigation);
                case MitigationKind.Segmentation when LowerBySegmentation(inputs.Exposure.Value) is { } lower:
                    inputs = inputs with { Exposure = Changed(inputs.Exposure, lower, label(mitigation), "segmentation or ACL in front of the device") };
                    break;
                case MitigationKind.DisableService when inputs.Exposure.Value != SystemExposure.Small:
                    inputs = inputs with { Exposure = Changed(inputs.Exposure, SystemExposure.Small, label(mitigation), "the vulnerable service is off or its port closed: no network path to it") };
                    break;
                default:
                    // Compensating controls and monitoring are documented; they change no SSVC input (ADR 0025).
                    break;
            }
        }

        return new(inputs, null, null);
    }

    /// <summary>The label of a verified mitigation in an input's source.</summary>
    public static string VerifiedLabel(Mitigation mitigation)
    {
        ArgumentNullException.ThrowIfNull(mitigation);
        var when = mitigation.VerifiedAt is { } at ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "not yet";
        return $"verified mitigation {mitigation.Id} ({MitigationVocabulary.Name(mitigation.Kind)}, verified {when} by {mitigation.VerifiedBy})";
    }

    /// <summary>The label of a mitigation only imagined by a what-if.</summary>
    public static string WhatIfLabel(Mitigation mitigation)
    {
        ArgumentNullException.ThrowIfNull(mitigation);
        return $"what-if {MitigationVocabulary.Name(mitigation.Kind)} (not saved)";
    }

    /// <summary>
    /// Open → Controlled (the internet can no longer reach it); Controlled → Small (a verified ACL leaves only named
    /// systems, SSVC's "highly controlled network"); Small stays.
    /// </summary>
    public static SystemExposure? LowerBySegmentation(SystemExposure exposure) => exposure switch
    {
        SystemExposure.Open => SystemExposure.Controlled,
        SystemExposure.Controlled => SystemExposure.Small,
        _ => null,
    };

    /// <summary>The five inputs as value summaries (<c>ssvc:E:1.1.0:A/ssvc:EXP:1.0.1:O/…</c>), as ADR 0021 says to store them.</summary>
    public static string Summary(SsvcInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return string.Join('/',
            SsvcDecisionPoints.Exploitation.SummaryOf(inputs.Exploitation.Value),
            SsvcDecisionPoints.SystemExposure.SummaryOf(inputs.Exposure.Value),
            SsvcDecisionPoints.Automatable.SummaryOf(inputs.Automatable.Value),
            SsvcDecisionPoints.SafetyImpact.SummaryOf(inputs.SafetyImpact.Value),
            SsvcDecisionPoints.MissionImpact.SummaryOf(inputs.MissionImpact.Value));
    }

    private static SsvcInput<T> Changed<T>(SsvcInput<T> input, T value, string label, string why)
        where T : struct, Enum => new(value, $"{label}: {why} (was {input.Value} because {input.Source})");
}
