namespace MedVigil.Formats.Inventory;

/// <summary>What <see cref="FhirDeviceReader"/> made of a set of files, with counts for a summary.</summary>
/// <param name="Inventory">The records and issues.</param>
/// <param name="DevicesRead">How many Device resources were found (valid or not).</param>
/// <param name="SkippedResources">The resources that are not devices, counted by resource type.</param>
public sealed record FhirDeviceReadResult(InventoryReadResult Inventory, int DevicesRead, IReadOnlyDictionary<string, int> SkippedResources)
{
    public int ResourcesSkipped => SkippedResources.Values.Sum();
}
