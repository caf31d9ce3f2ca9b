using System.Collections.Frozen;

namespace MedVigil.Formats.Inventory;

/// <summary>The CSV column names, and which column a header cell names.</summary>
internal static class InventoryCsvColumns
{
    private static readonly (string Name, InventoryColumn Column)[] Known =
    [
        ("asset_id", InventoryColumn.AssetId),
        ("manufacturer", InventoryColumn.Manufacturer),
        ("model", InventoryColumn.Model),
        ("model_number", InventoryColumn.ModelNumber),
        ("software_version", InventoryColumn.SoftwareVersion),
        ("serial_number", InventoryColumn.SerialNumber),
        ("care_unit", InventoryColumn.CareUnit),
        ("clinical_function", InventoryColumn.ClinicalFunction),
        ("exposure", InventoryColumn.Exposure),
        ("ip_address", InventoryColumn.IpAddress),
        ("hostname", InventoryColumn.Hostname),
        ("mac_address", InventoryColumn.MacAddress),
        ("vlan", InventoryColumn.Vlan),
        ("holds_patient_data", InventoryColumn.HoldsPatientData),
        ("os", InventoryColumn.Os),
        ("os_end_of_support", InventoryColumn.OsEndOfSupport),
        ("parent_asset_id", InventoryColumn.ParentAssetId),
        ("owner", InventoryColumn.Owner),
    ];

    private static readonly FrozenDictionary<string, InventoryColumn> ByName =
        Known.ToFrozenDictionary(k => k.Name, k => k.Column, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<InventoryColumn, string> Names = Known.ToFrozenDictionary(k => k.Column, k => k.Name);

    /// <summary>The accepted header names, in the documented order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Known.Select(k => k.Name)];

    /// <summary>The header names a file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [.. All.Take(5)];

    public static int Count => Known.Length;

    /// <summary>The accepted names as a list for an issue.</summary>
    public static string Accepted => string.Join(", ", All);

    /// <summary>The column a header cell names, matched without case.</summary>
    public static bool TryParse(string headerCell, out InventoryColumn column) => ByName.TryGetValue(headerCell, out column);

    public static InventoryColumn Parse(string name) => ByName[name];

    /// <summary>The documented name of the column.</summary>
    public static string NameOf(InventoryColumn column) => Names[column];

    /// <summary>The documented name of the column a header cell names, or the cell itself when it names none.</summary>
    public static string NameOf(string headerCell) => TryParse(headerCell, out var column) ? Names[column] : headerCell;
}
