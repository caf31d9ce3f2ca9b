using MedVigil.Domain.Devices;

namespace MedVigil.Domain.Risk;

/// <summary>
/// What is known about one finding on one device that SSVC needs: the vulnerability's exploitation facts and CVSS
/// vector, and the device's exposure and clinical function. No device (a model version's own finding) means the
/// device facts are unknown, and unknown facts take the worst value.
/// </summary>
/// <param name="VulnerabilityId">The finding's vulnerability, for the explanation.</param>
/// <param name="KevDateAdded">When CISA listed the CVE as known exploited; null when it is not listed.</param>
/// <param name="KnownExploited">Known exploited (KEV) even without a listing date.</param>
/// <param name="Epss">The EPSS probability (0–1); null when the CVE is not scored.</param>
/// <param name="CvssVector">The primary published CVSS vector; null when unscored.</param>
/// <param name="Exposure">The device's exposure; <see cref="Exposure.Unknown"/> without a device.</param>
/// <param name="ClinicalFunction">The device's clinical function; <see cref="ClinicalFunction.Unknown"/> without a device.</param>
public sealed record FindingRiskFacts(
    string VulnerabilityId,
    bool KnownExploited,
    DateOnly? KevDateAdded,
    double? Epss,
    string? CvssVector,
    Exposure Exposure,
    ClinicalFunction ClinicalFunction);
