using System.Collections.Frozen;
using System.Globalization;
using CsvHelper;
using MedVigil.Domain.Devices;

namespace MedVigil.Formats.Inventory;

/// <summary>
/// Validates the data rows under a header and makes records of them: every cell checked (vocabularies, network
/// identity, yes/no, dates, lengths), every problem an issue, and an asset id used twice an issue on the later row.
/// </summary>
/// <param name="malformed">The quoting problems the CSV parser met, by line; each is reported with its row.</param>
internal sealed class InventoryCsvRowReader(InventoryCsvHeader header, List<InventoryIssue> issues, Dictionary<long, CsvMalformedReason> malformed)
{
    private static readonly FrozenSet<string> TrueValues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "true", "yes", "1", "y");

    private static readonly FrozenSet<string> FalseValues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "false", "no", "0", "n");

    private readonly Dictionary<string, long> firstLineOf = new(StringComparer.Ordinal);

    /// <summary>The record of the row starting on <paramref name="line"/>, or null when it has an issue.</summary>
    public InventoryRecord? Read(string[] cells, long line)
    {
        var location = InventoryCsvLocation.Line(line);
        var before = issues.Count;
        if (malformed.Remove(line, out var reason))
        {
            issues.Add(new InventoryIssue(location, "row", Describe(reason)));
        }

        if (cells.Length != header.Length)
        {
            issues.Add(new InventoryIssue(location, "row", string.Create(CultureInfo.InvariantCulture,
                $"the row has {cells.Length} cells but the header has {header.Length}")));
            return null;
        }

        var row = new InventoryCsvRow(header, cells, location, issues);
        var assetId = row.Required(InventoryColumn.AssetId, Device.AssetIdMaxLength);
        var manufacturer = row.Required(InventoryColumn.Manufacturer, InventoryRules.ManufacturerMaxLength);
        var model = row.Required(InventoryColumn.Model, InventoryRules.ModelMaxLength);
        var modelNumber = row.Optional(InventoryColumn.ModelNumber, InventoryRules.ModelNumberMaxLength);
        var softwareVersion = row.Optional(InventoryColumn.SoftwareVersion, InventoryRules.SoftwareVersionMaxLength);
        var serialNumber = row.Optional(InventoryColumn.SerialNumber, InventoryRules.SerialNumberMaxLength);
        var careUnit = row.Optional(InventoryColumn.CareUnit, InventoryRules.CareUnitMaxLength);
        var os = row.Optional(InventoryColumn.Os, InventoryRules.OsMaxLength);
        var parentAssetId = row.Optional(InventoryColumn.ParentAssetId, Device.AssetIdMaxLength);
        var owner = row.Optional(InventoryColumn.Owner, InventoryRules.OwnerMaxLength);

        var function = ClinicalFunction.Unknown;
        row.Check(InventoryColumn.ClinicalFunction, v => DeviceVocabulary.TryParse(v, out function),
            v => $"{InventoryRules.Quote(v)} is not a clinical function; accepted values: {WireNames<ClinicalFunction>()} (or empty)");
        var exposure = Exposure.Unknown;
        row.Check(InventoryColumn.Exposure, v => DeviceVocabulary.TryParse(v, out exposure),
            v => $"{InventoryRules.Quote(v)} is not an exposure; accepted values: {WireNames<Exposure>()} (or empty)");
        string? ip = null;
        row.Check(InventoryColumn.IpAddress, v => NetworkIdentity.TryNormalizeIp(v, out ip),
            v => $"{InventoryRules.Quote(v)} is not an IPv4 or IPv6 address");
        string? mac = null;
        row.Check(InventoryColumn.MacAddress, v => NetworkIdentity.TryNormalizeMac(v, out mac),
            v => $"{InventoryRules.Quote(v)} is not a MAC address (like 00:1A:2B:3C:4D:5E)");
        int? vlan = null;
        row.Check(InventoryColumn.Vlan, v => NetworkIdentity.TryParseVlan(v, out vlan),
            v => $"{InventoryRules.Quote(v)} is not a VLAN id (a whole number from 1 to 4094)");
        row.Check(InventoryColumn.Hostname, NetworkIdentity.IsValidHostname,
            v => $"{InventoryRules.Quote(v)} is not an RFC 1123 host name");
        var holdsPatientData = false;
        row.Check(InventoryColumn.HoldsPatientData, v => TryParseBool(v, out holdsPatientData),
            v => $"{InventoryRules.Quote(v)} is not a yes/no value; accepted values: true, false, yes, no, 1, 0, y, n (or empty)");
        DateOnly? endOfSupport = null;
        row.Check(InventoryColumn.OsEndOfSupport, v => TryParseDate(v, out endOfSupport),
            v => $"{InventoryRules.Quote(v)} is not a date in the form yyyy-MM-dd");

        if (parentAssetId is not null && string.Equals(parentAssetId, assetId, StringComparison.Ordinal))
        {
            row.Add(InventoryColumn.ParentAssetId, "a device cannot be its own parent");
        }

        if (assetId is not null && !firstLineOf.TryAdd(assetId, line))
        {
            row.Add(InventoryColumn.AssetId, string.Create(CultureInfo.InvariantCulture,
                $"asset_id {InventoryRules.Quote(assetId)} is already used on line {firstLineOf[assetId]}"));
        }

        if (issues.Count != before || assetId is null || manufacturer is null || model is null)
        {
            return null; // null without an issue: the header lacks the column, and says so
        }

        return new InventoryRecord
        {
            Location = location,
            AssetId = assetId,
            Manufacturer = manufacturer,
            Model = model,
            ModelNumber = modelNumber,
            SoftwareVersion = softwareVersion ?? InventoryRules.UnknownVersion,
            SerialNumber = serialNumber,
            CareUnit = careUnit,
            ClinicalFunction = function,
            Exposure = exposure,
            IpAddress = ip,
            Hostname = row.Value(InventoryColumn.Hostname),
            MacAddress = mac,
            Vlan = vlan,
            HoldsPatientData = holdsPatientData,
            Os = os,
            OsEndOfSupport = endOfSupport,
            ParentAssetId = parentAssetId,
            Owner = owner,
            Provided = header.Provided,
        };
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted cell is never closed (it runs to the end of the file)",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted cell; quote the whole cell and double the quotes in it",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a cell; quote the whole cell and double the quotes in it",
        _ => "malformed quoting (" + reason + ")",
    };

    private static string WireNames<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(DeviceVocabulary.ToWire));

    private static bool TryParseBool(string text, out bool value)
    {
        value = TrueValues.Contains(text);
        return value || FalseValues.Contains(text);
    }

    private static bool TryParseDate(string text, out DateOnly? value)
    {
        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        value = ok ? date : null;
        return ok;
    }
}
