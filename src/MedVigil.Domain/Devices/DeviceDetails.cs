namespace MedVigil.Domain.Devices;

/// <summary>
/// Everything about a device that its owner may change. Network fields are already normalised
/// (see <see cref="NetworkIdentity"/>); <see cref="Device"/> re-checks them as invariants.
/// </summary>
public sealed record DeviceDetails(
    Guid ModelVersionId,
    Guid? CareUnitId,
    ClinicalFunction ClinicalFunction,
    Exposure Exposure,
    string? SerialNumber = null,
    string? IpAddress = null,
    string? MacAddress = null,
    int? Vlan = null,
    string? Hostname = null,
    bool HoldsPatientData = false,
    string? OperatingSystem = null,
    DateOnly? OsEndOfSupport = null,
    string? Owner = null,
    Guid? ParentDeviceId = null);
