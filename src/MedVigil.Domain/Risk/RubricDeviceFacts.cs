using MedVigil.Domain.Devices;
using MedVigil.Standards.Rubric;

namespace MedVigil.Domain.Risk;

/// <summary>A device's wireless links, as far as the medical CVSS rubric's Attack Vector questions care.</summary>
public enum WirelessLink
{
    /// <summary>No radio at all.</summary>
    None,

    /// <summary>About 10 feet or less (BLE, NFC, inductive telemetry): the rubric counts it as Local.</summary>
    ShortRange,

    /// <summary>Beyond 10 feet (Wi-Fi, cellular, long-range telemetry).</summary>
    LongRange,
}

/// <summary>
/// What is known about a device (or a device model) that answers rubric questions before any vulnerability is looked
/// at (<see cref="RubricPrefill"/>). Null or <see cref="Exposure.Unknown"/> means not known, and answers nothing.
/// Only <see cref="Exposure"/> and the categories implied by the clinical function exist on <see cref="Device"/> today;
/// the other facts are for the inputs to come (MDS2, the device model's connectivity, hazards' device functions).
/// </summary>
/// <param name="Exposure">How reachable the device is on the hospital's networks.</param>
/// <param name="Wireless">Its radio links, if known.</param>
/// <param name="WiredDataLinks">Whether it has non-IP wired data links (serial, USB, proprietary cable).</param>
/// <param name="MultipleUserRoles">Whether it has logins for several users or roles of different privilege.</param>
/// <param name="PatientRecordsHeld">How many patients' records it holds at most.</param>
/// <param name="AbsentDataCategories">The rubric data categories the device is known not to have (no PHI, no therapy…).</param>
public sealed record RubricDeviceFacts(
    Exposure Exposure = Exposure.Unknown,
    WirelessLink? Wireless = null,
    bool? WiredDataLinks = null,
    bool? MultipleUserRoles = null,
    int? PatientRecordsHeld = null,
    IReadOnlySet<RubricDataCategory>? AbsentDataCategories = null)
{
    /// <summary>Nothing known: the pre-fill answers nothing and every question stays UNKNOWN (the worst case).</summary>
    public static RubricDeviceFacts None { get; } = new();

    /// <summary>
    /// The facts a <see cref="Device"/> records: its exposure, and the categories its clinical function rules out.
    /// <see cref="Device.HoldsPatientData"/> is not used: its <c>false</c> is also what an inventory without the column
    /// gives, so it cannot say "no PHI".
    /// </summary>
    public static RubricDeviceFacts Of(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(device.Exposure, AbsentDataCategories: AbsentFor(device.ClinicalFunction));
    }

    /// <summary>
    /// The categories a clinical function rules out: only an ancillary device has neither therapy nor diagnosis or
    /// monitoring; diagnostic and monitoring devices deliver no therapy. Therapeutic and life-sustaining devices often
    /// monitor too, and an unknown function rules out nothing.
    /// </summary>
    public static IReadOnlySet<RubricDataCategory> AbsentFor(ClinicalFunction function) => function switch
    {
        ClinicalFunction.Ancillary => new HashSet<RubricDataCategory> { RubricDataCategory.TherapyDelivery, RubricDataCategory.DiagnosisOrMonitoring },
        ClinicalFunction.Diagnostic or ClinicalFunction.Monitoring => new HashSet<RubricDataCategory> { RubricDataCategory.TherapyDelivery },
        _ => new HashSet<RubricDataCategory>(),
    };
}
