using System.Globalization;

namespace MedVigil.Cli.Workload;

/// <summary>
/// Writes the inventory CSV (the <c>import inventory</c> format): each device an installed unit of a model version,
/// drawn with a skew so some model versions are in thousands of devices and others in a handful.
/// </summary>
internal static class InventoryWriter
{
    private static readonly string[] CareUnits =
        ["ICU", "Emergency", "Radiology", "Cardiology", "Oncology", "Surgery", "Neonatal ICU", "Dialysis", "Laboratory", "Ward 3B", "Ward 5A", "Outpatient"];

    public const string Header = "asset_id,manufacturer,model,model_number,software_version,serial_number,care_unit";

    public static void Write(TextWriter writer, IReadOnlyList<PlannedModelVersion> versions, int devices, Random random)
    {
        var picker = new SkewedPicker(versions.Count, 0.8);
        writer.Write(Header + "\n");
        for (var d = 0; d < devices; d++)
        {
            var v = versions[picker.Next(random)];
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"A{d + 1:D7},{Quote(v.Manufacturer)},{Quote(v.Model)},{v.ModelNumber},{v.Version},SN{random.Next(100_000_000):D8},{CareUnits[random.Next(CareUnits.Length)]}\n"));
        }
    }

    public static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
        ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
