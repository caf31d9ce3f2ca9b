using MedVigil.Standards.Ssvc;

namespace MedVigil.Domain.Risk;

/// <summary>
/// The five SSVC deployer inputs of one finding on one device, each with where it came from. Human Impact is not an
/// input here: it is always derived from Safety and Mission Impact by the official table, so the explanation shows it.
/// Override one with <c>with</c> and <see cref="SsvcInput{T}.OverriddenBy"/>.
/// </summary>
public sealed record SsvcInputs(
    SsvcInput<Exploitation> Exploitation,
    SsvcInput<SystemExposure> Exposure,
    SsvcInput<Automatable> Automatable,
    SsvcInput<SafetyImpact> SafetyImpact,
    SsvcInput<MissionImpact> MissionImpact)
{
    /// <summary>The deployer priority and the official rows (deployer and Human Impact) that decided it.</summary>
    public SsvcDecision<DeployerPriority> Decide() => SsvcDeployer.Explain(
        Exploitation.Value, Exposure.Value, Automatable.Value, SafetyImpact.Value, MissionImpact.Value);
}
