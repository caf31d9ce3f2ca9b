using System.Collections.Frozen;
using MedVigil.Domain.Devices;

namespace MedVigil.Formats.Inventory;

/// <summary>
/// Turns the devices of the files read together into records, parents first: duplicate asset ids, parents and
/// their cycles, values inherited from ancestors, the field length limits, and the issues of it all.
/// </summary>
internal static class FhirRecordAssembler
{
    private static readonly InventoryColumn[] Always =
    [
        InventoryColumn.AssetId, InventoryColumn.Manufacturer, InventoryColumn.Model, InventoryColumn.ModelNumber,
        InventoryColumn.SoftwareVersion, InventoryColumn.SerialNumber, InventoryColumn.ParentAssetId,
    ];

    /// <summary>The provided columns, indexed by (has care unit ? 1 : 0) + (has MAC address ? 2 : 0).</summary>
    private static readonly FrozenSet<InventoryColumn>[] ProvidedSets =
    [
        Always.ToFrozenSet(),
        Always.Append(InventoryColumn.CareUnit).ToFrozenSet(),
        Always.Append(InventoryColumn.MacAddress).ToFrozenSet(),
        Always.Append(InventoryColumn.CareUnit).Append(InventoryColumn.MacAddress).ToFrozenSet(),
    ];

    public static FhirDeviceReadResult Assemble(FhirFileLoader loaded)
    {
        var entries = loaded.Entries;
        FhirDeviceParents.Resolve(entries, IndexAssetIds(entries));
        var order = ParentOrdering.Order(
            [.. entries.Select(e => e.Parent)], [.. entries.Select(e => e.AssetId ?? e.Location)], out var cycles);
        foreach (var (index, cycle) in cycles)
        {
            entries[index].Issue("Device.parent", "the parents form a cycle: " + cycle);
        }

        var records = new List<InventoryRecord>(entries.Count);
        foreach (var i in order)
        {
            if (Complete(entries, entries[i], cycles.ContainsKey(i)) is { } record)
            {
                records.Add(record);
            }
        }

        // A device of a file that did not parse cleanly may lack what the parser could not read: its parse
        // issues say why, and mapping issues on top of them would only mislead.
        var issues = loaded.FileIssues.Concat(entries.Where(e => e.ParsedCleanly).SelectMany(e => e.Issues)).ToList();
        return new FhirDeviceReadResult(
            new InventoryReadResult(records, issues), entries.Count, loaded.Skipped.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The index of the entry holding each asset id; an asset id used again is an issue on the later entry.</summary>
    private static Dictionary<string, int> IndexAssetIds(IReadOnlyList<FhirDeviceEntry> entries)
    {
        var byAssetId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].AssetId is { } id)
            {
                if (byAssetId.TryGetValue(id, out var first))
                {
                    entries[i].Issue("Device.identifier", $"asset_id {InventoryRules.Quote(id)} is already used by {entries[first].Location}");
                }
                else
                {
                    byAssetId[id] = i;
                }
            }
        }

        return byAssetId;
    }

    /// <summary>The record of <paramref name="entry"/>, with what it inherits; null when it has any issue.</summary>
    private static InventoryRecord? Complete(IReadOnlyList<FhirDeviceEntry> entries, FhirDeviceEntry entry, bool onCycle)
    {
        var manufacturer = entry.Manufacturer ?? FhirDeviceParents.Inherited(entries, entry, e => e.Manufacturer);
        var softwareVersion = entry.SoftwareVersion
            ?? FhirDeviceParents.Inherited(entries, entry, e => e.SoftwareVersion)
            ?? InventoryRules.UnknownVersion;
        var modelNumber = entry.ModelNumber;
        var serialNumber = entry.SerialNumber;
        var careUnit = entry.CareUnit;
        string? parentAssetId = null;
        if (entry.Parent is { } parent)
        {
            parentAssetId = entries[parent].AssetId;
            if (parentAssetId is null)
            {
                entry.Issue("Device.parent", $"the parent {entries[parent].Location} has no asset id");
            }
        }

        if (manufacturer is null)
        {
            entry.Issue("Device.manufacturer", "manufacturer is missing (neither the device nor a parent has one)");
        }

        if (entry.Model is null)
        {
            entry.Issue("Device.deviceName", "model is missing: no deviceName, type or modelNumber");
        }

        Limit(entry, "Device.manufacturer", "manufacturer", manufacturer, InventoryRules.ManufacturerMaxLength);
        Limit(entry, "Device.deviceName", "model", entry.Model, InventoryRules.ModelMaxLength);
        Limit(entry, "Device.modelNumber", "model_number", modelNumber, InventoryRules.ModelNumberMaxLength);
        Limit(entry, "Device.version", "software_version", softwareVersion, InventoryRules.SoftwareVersionMaxLength);
        Limit(entry, "Device.serialNumber", "serial_number", serialNumber, InventoryRules.SerialNumberMaxLength);
        Limit(entry, "Device.location", "care_unit", careUnit, InventoryRules.CareUnitMaxLength);

        if (entry.Issues.Count > 0 || !entry.ParsedCleanly || onCycle || entry.AssetId is null || manufacturer is null || entry.Model is null)
        {
            return null;
        }

        return new InventoryRecord
        {
            Location = entry.Location,
            AssetId = entry.AssetId,
            Manufacturer = manufacturer,
            Model = entry.Model,
            ModelNumber = modelNumber,
            SoftwareVersion = softwareVersion,
            SerialNumber = serialNumber,
            CareUnit = careUnit,
            ClinicalFunction = ClinicalFunction.Unknown,
            Exposure = Exposure.Unknown,
            MacAddress = entry.MacAddress,
            HoldsPatientData = false,
            ParentAssetId = parentAssetId,
            Provided = ProvidedSets[(careUnit is null ? 0 : 1) + (entry.MacAddress is null ? 0 : 2)],
        };
    }

    private static void Limit(FhirDeviceEntry entry, string element, string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            entry.Issue(element, InventoryRules.TooLong(field, maxLength));
        }
    }
}
