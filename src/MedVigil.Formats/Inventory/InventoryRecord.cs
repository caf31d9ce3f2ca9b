using MedVigil.Domain.Devices;

namespace MedVigil.Formats.Inventory;

/// <summary>
/// The inventory columns, in the order of the documented CSV header. FHIR Device resources map onto the same
/// columns, so one import use case serves both formats.
/// </summary>
public enum InventoryColumn
{
    AssetId,
    Manufacturer,
    Model,
    ModelNumber,
    SoftwareVersion,
    SerialNumber,
    CareUnit,
    ClinicalFunction,
    Exposure,
    IpAddress,
    Hostname,
    MacAddress,
    Vlan,
    HoldsPatientData,
    Os,
    OsEndOfSupport,
    ParentAssetId,
    Owner,
}

/// <summary>
/// One device as an inventory file describes it, already validated and normalised. A column the file did not
/// carry is absent from <see cref="Provided"/>: an upsert keeps the stored value for it, while a provided but
/// empty cell clears it.
/// </summary>
public sealed record InventoryRecord
{
    /// <summary>Where the record came from: "line 12" for CSV, "entry[3] (Device/abc)" for FHIR.</summary>
    public required string Location { get; init; }

    public required string AssetId { get; init; }

    public required string Manufacturer { get; init; }

    public required string Model { get; init; }

    public string? ModelNumber { get; init; }

    /// <summary>The software or firmware version; "unknown" when the source gives none.</summary>
    public required string SoftwareVersion { get; init; }

    public string? SerialNumber { get; init; }

    public string? CareUnit { get; init; }

    public ClinicalFunction ClinicalFunction { get; init; }

    public Exposure Exposure { get; init; }

    public string? IpAddress { get; init; }

    public string? Hostname { get; init; }

    public string? MacAddress { get; init; }

    public int? Vlan { get; init; }

    public bool HoldsPatientData { get; init; }

    public string? Os { get; init; }

    public DateOnly? OsEndOfSupport { get; init; }

    /// <summary>The asset id of the device this one is part of (FHIR <c>Device.parent</c>), if any.</summary>
    public string? ParentAssetId { get; init; }

    /// <summary>Who answers for the device (a clinical engineering team, a department, a person).</summary>
    public string? Owner { get; init; }

    public required IReadOnlySet<InventoryColumn> Provided { get; init; }
}

/// <summary>One problem in an inventory file: where (line and column, or a FHIR path) and why.</summary>
public sealed record InventoryIssue(string Location, string Column, string Reason)
{
    public override string ToString() => $"{Location}, {Column}: {Reason}";
}

/// <summary>What a reader made of a file: the valid records, and every problem with the rest.</summary>
public sealed record InventoryReadResult(IReadOnlyList<InventoryRecord> Records, IReadOnlyList<InventoryIssue> Issues)
{
    public bool IsValid => Issues.Count == 0;
}
