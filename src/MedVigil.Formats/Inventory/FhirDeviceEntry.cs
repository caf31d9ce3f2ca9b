namespace MedVigil.Formats.Inventory;

/// <summary>
/// One Device resource as found, with what it says itself. The values are copied out of the POCO once (by
/// <see cref="FhirDeviceMapping"/>), since the SDK's getters throw for values that did not parse.
/// </summary>
internal sealed class FhirDeviceEntry(string location, string file, string? fullUrl, bool parsedCleanly)
{
    /// <summary>The file name, or <c>FILE entry[i] (Device/id)</c> for a bundle entry.</summary>
    public string Location { get; } = location;

    public string File { get; } = file;

    public string? FullUrl { get; } = fullUrl;

    public bool ParsedCleanly { get; } = parsedCleanly;

    public List<InventoryIssue> Issues { get; } = [];

    public string? Id { get; init; }

    public string? AssetId { get; set; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public string? ModelNumber { get; init; }

    public string? SerialNumber { get; init; }

    public string? SoftwareVersion { get; init; }

    public string? MacAddress { get; set; }

    public string? CareUnit { get; init; }

    public bool HasParent { get; init; }

    public string? ParentReference { get; init; }

    public string? ParentIdentifier { get; init; }

    public string? ParentDisplay { get; init; }

    /// <summary>The index of the parent among the entries read together, once resolved.</summary>
    public int? Parent { get; set; }

    public void Issue(string element, string reason) => Issues.Add(new InventoryIssue(Location, element, reason));
}
