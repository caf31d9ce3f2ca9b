using System.Globalization;
using MedVigil.Domain.Devices;
using MedVigil.Standards.Cvss;
using MedVigil.Standards.Ssvc;

namespace MedVigil.Domain.Risk;

/// <summary>
/// Derives the SSVC deployer inputs of a finding on a device from feed and device facts (ADR 0023). Pure. SSVC has no
/// "unknown" value, so an unknown fact takes the worst value and the source says it was unknown.
/// </summary>
public static class SsvcDerivation
{
    public static SsvcInputs From(FindingRiskFacts facts, SsvcPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(policy);
        return new SsvcInputs(
            ExploitationOf(facts, policy), ExposureOf(facts.Exposure), AutomatableOf(facts.CvssVector),
            SafetyImpactOf(facts.ClinicalFunction), MissionImpactOf(facts.ClinicalFunction));
    }

    /// <summary>KEV listed → Active; EPSS at or above the threshold → Public PoC; else None.</summary>
    public static SsvcInput<Exploitation> ExploitationOf(FindingRiskFacts facts, SsvcPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(policy);
        if (facts.KnownExploited)
        {
            var added = facts.KevDateAdded is { } date ? $" (added {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "";
            return new(Exploitation.Active, $"CISA KEV lists {facts.VulnerabilityId} as known exploited{added}");
        }

        var threshold = policy.EpssThreshold.ToString(CultureInfo.InvariantCulture);
        if (facts.Epss is not { } epss)
        {
            return new(Exploitation.None, $"not in CISA KEV; no EPSS score for {facts.VulnerabilityId}");
        }

        var score = epss.ToString("0.#####", CultureInfo.InvariantCulture);
        return epss >= policy.EpssThreshold
            ? new(Exploitation.PublicPoc, $"not in CISA KEV; EPSS {score} ≥ policy threshold {threshold}")
            : new(Exploitation.None, $"not in CISA KEV; EPSS {score} < policy threshold {threshold}");
    }

    /// <summary>Internet → Open; hospital network or segmented → Controlled; local-only → Small; unknown → Open.</summary>
    public static SsvcInput<SystemExposure> ExposureOf(Exposure exposure) => exposure switch
    {
        Devices.Exposure.Internet => new(SystemExposure.Open, "device exposure internet"),
        Devices.Exposure.HospitalNetwork => new(SystemExposure.Controlled, "device exposure hospital-network (access restricted to the hospital network)"),
        Devices.Exposure.Segmented => new(SystemExposure.Controlled, "device exposure segmented (own network segment)"),
        Devices.Exposure.LocalOnly => new(SystemExposure.Small, "device exposure local-only (no network)"),
        _ => new(SystemExposure.Open, "device exposure unknown: the worst value until someone assesses it"),
    };

    /// <summary>
    /// A CVSS v3 or v4 vector with AV:N, PR:N and UI:N → Yes (reachable over the network, no login, nobody to click:
    /// kill-chain steps 1–4 can be scripted); any of them otherwise → No; no v3/v4 vector → Yes (worst).
    /// </summary>
    public static SsvcInput<Automatable> AutomatableOf(string? vector)
    {
        Func<string, string?>? metric = null;
        if (Cvss3Vector.TryParse(vector, out var v3))
        {
            metric = v3.GetMetric;
        }
        else if (Cvss4Vector.TryParse(vector, out var v4))
        {
            metric = v4.GetMetric;
        }

        if (metric is null)
        {
            return new(Automatable.Yes, vector is null
                ? "no CVSS vector: the worst value"
                : $"no CVSS v3/v4 vector ({vector}): the worst value");
        }

        var (av, pr, ui) = (metric("AV"), metric("PR"), metric("UI"));
        var read = $"AV:{av}/PR:{pr}/UI:{ui}";
        return av == "N" && pr == "N" && ui == "N"
            ? new(Automatable.Yes, $"CVSS {read}: network attack, no privileges, no user interaction")
            : new(Automatable.No, $"CVSS {read}: not all of AV:N, PR:N, UI:N");
    }

    /// <summary>The harm a compromise can do through the device's clinical function (ADR 0023 table).</summary>
    public static SsvcInput<SafetyImpact> SafetyImpactOf(ClinicalFunction function) => function switch
    {
        ClinicalFunction.LifeSustaining => new(SafetyImpact.Catastrophic, "clinical function life-sustaining: one exploit reaches every unit of the model, several patients can die"),
        ClinicalFunction.Therapeutic => new(SafetyImpact.Critical, "clinical function therapeutic: wrong or withheld therapy can cost a life"),
        ClinicalFunction.Monitoring => new(SafetyImpact.Critical, "clinical function monitoring: a silenced or false alarm can cost a life"),
        ClinicalFunction.Diagnostic => new(SafetyImpact.Marginal, "clinical function diagnostic: a wrong result can cause major injury before a clinician catches it"),
        ClinicalFunction.Ancillary => new(SafetyImpact.Negligible, "clinical function ancillary: no therapy, diagnosis or monitoring"),
        _ => new(SafetyImpact.Catastrophic, "clinical function unknown: the worst value until someone classifies the device"),
    };

    /// <summary>The care the hospital loses while the device is compromised or taken out of use (ADR 0023 table).</summary>
    public static SsvcInput<MissionImpact> MissionImpactOf(ClinicalFunction function) => function switch
    {
        ClinicalFunction.LifeSustaining => new(MissionImpact.MefFailure, "clinical function life-sustaining: the care it sustains stops"),
        ClinicalFunction.Therapeutic => new(MissionImpact.MefFailure, "clinical function therapeutic: the therapy it delivers stops"),
        ClinicalFunction.Monitoring => new(MissionImpact.MefSupportCrippled, "clinical function monitoring: care continues with manual observation"),
        ClinicalFunction.Diagnostic => new(MissionImpact.MefSupportCrippled, "clinical function diagnostic: results are delayed or sent elsewhere"),
        ClinicalFunction.Ancillary => new(MissionImpact.Degraded, "clinical function ancillary: non-essential work is degraded"),
        _ => new(MissionImpact.MissionFailure, "clinical function unknown: the worst value until someone classifies the device"),
    };
}
