using System.Globalization;
using MedVigil.Domain.Devices;
using MedVigil.Formats.Inventory;

namespace MedVigil.Application.Demo;

/// <summary>
/// Generates the demo hospital's inventory. A fixed seed makes every run produce the same devices, so a second
/// <c>medvigil demo</c> changes nothing and screenshots stay comparable.
/// </summary>
public static class DemoHospital
{
    public const string TenantSlug = "demo";
    public const string TenantName = "St. Example University Hospital (demo)";
    private const int Seed = 20261128;

    public static IReadOnlyList<InventoryRecord> Generate()
    {
        var random = new Random(Seed);
        var records = new List<InventoryRecord>();
        var serials = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = Enum.GetValues<InventoryColumn>().Where(c => c != InventoryColumn.ParentAssetId).ToHashSet();
        foreach (var model in DemoCatalogue.Models)
        {
            for (var i = 0; i < model.Count; i++)
            {
                var number = serials[model.Prefix] = serials.GetValueOrDefault(model.Prefix) + 1;
                var assetId = string.Create(CultureInfo.InvariantCulture, $"{model.Prefix}-{number:D4}");
                var unit = model.CareUnits[random.Next(model.CareUnits.Length)];
                var unitIndex = Array.IndexOf(DemoCatalogue.CareUnits, unit) + 1;
                var networked = model.Exposure != Exposure.LocalOnly;
                records.Add(new InventoryRecord
                {
                    Location = $"demo {assetId}",
                    AssetId = assetId,
                    Manufacturer = model.Manufacturer,
                    Model = model.Model,
                    ModelNumber = model.ModelNumber,
                    SoftwareVersion = Version(model, random),
                    SerialNumber = string.Create(CultureInfo.InvariantCulture, $"{model.Prefix}{random.Next(100000, 999999)}{number:D3}"),
                    CareUnit = unit,
                    ClinicalFunction = model.Function,
                    Exposure = model.Exposure,
                    IpAddress = networked ? string.Create(CultureInfo.InvariantCulture, $"10.{20 + unitIndex}.{Octet(model.Prefix)}.{(number % 250) + 2}") : null,
                    Hostname = networked ? string.Create(CultureInfo.InvariantCulture, $"{model.Prefix.ToLowerInvariant()}-{number:D4}") : null,
                    MacAddress = networked ? Mac(random) : null,
                    Vlan = networked ? 100 + (unitIndex * 10) + (model.Exposure == Exposure.Segmented ? 5 : 0) : null,
                    HoldsPatientData = model.HoldsPatientData,
                    Os = model.Os,
                    OsEndOfSupport = model.OsEndOfSupport,
                    Owner = model.Function == ClinicalFunction.Diagnostic ? "Imaging & Lab Engineering" : "Clinical Engineering",
                    Provided = columns,
                });
            }
        }

        return records;
    }

    /// <summary>
    /// Older versions linger on a third of the fleet, as they do in real hospitals; a spread model uses all its versions
    /// evenly. One draw either way, so the devices of the other models stay the same.
    /// </summary>
    private static string Version(DemoModel model, Random random) => model.SpreadVersions
        ? model.Versions[random.Next(model.Versions.Length)]
        : model.Versions[random.Next(3) == 0 ? 0 : model.Versions.Length - 1];

    private static int Octet(string prefix) => (prefix[0] * 7 + prefix[1]) % 200 + 10;

    private static string Mac(Random random)
    {
        var bytes = new byte[6];
        random.NextBytes(bytes);
        bytes[0] = (byte)((bytes[0] & 0xFC) | 0x02); // locally administered, unicast: never a real vendor's address
        return string.Join(':', bytes.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
    }
}
