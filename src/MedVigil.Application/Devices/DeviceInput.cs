using System.Globalization;
using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Formats.Inventory;

namespace MedVigil.Application.Devices;

/// <summary>
/// A device as an API client writes it. Validated into the same <see cref="InventoryRecord"/> an inventory file
/// produces, so the API and the importers share one write path.
/// </summary>
public sealed record DeviceInput(
    string? AssetId,
    string? Manufacturer,
    string? Model,
    string? ModelNumber,
    string? SoftwareVersion,
    string? SerialNumber = null,
    string? CareUnit = null,
    string? ClinicalFunction = null,
    string? Exposure = null,
    string? IpAddress = null,
    string? Hostname = null,
    string? MacAddress = null,
    int? Vlan = null,
    bool? HoldsPatientData = null,
    string? OperatingSystem = null,
    DateOnly? OsEndOfSupport = null,
    string? ParentAssetId = null,
    string? Owner = null)
{
    public Result<InventoryRecord> Validate(string location)
    {
        var errors = new List<FieldError>();
        var assetId = Required(AssetId, "assetId", Device.AssetIdMaxLength, errors);
        var manufacturer = Required(Manufacturer, "manufacturer", 200, errors);
        var model = Required(Model, "model", 200, errors);
        Optional(ModelNumber, "modelNumber", 100, errors);
        Optional(SoftwareVersion, "softwareVersion", 100, errors);
        Optional(SerialNumber, "serialNumber", 100, errors);
        Optional(CareUnit, "careUnit", 200, errors);
        Optional(OperatingSystem, "operatingSystem", 200, errors);
        Optional(Owner, "owner", 200, errors);
        var function = Domain.Devices.ClinicalFunction.Unknown;
        if (ClinicalFunction is not null && !DeviceVocabulary.TryParse(ClinicalFunction, out function))
        {
            errors.Add(new FieldError("clinicalFunction", "one of " + string.Join(", ", DeviceVocabulary.ClinicalFunctionNames)));
        }

        var exposure = Domain.Devices.Exposure.Unknown;
        if (Exposure is not null && !DeviceVocabulary.TryParse(Exposure, out exposure))
        {
            errors.Add(new FieldError("exposure", "one of " + string.Join(", ", DeviceVocabulary.ExposureNames)));
        }

        if (!NetworkIdentity.TryNormalizeIp(IpAddress, out var ip))
        {
            errors.Add(new FieldError("ipAddress", $"'{IpAddress}' is not an IPv4 or IPv6 address"));
        }

        if (!NetworkIdentity.TryNormalizeMac(MacAddress, out var mac))
        {
            errors.Add(new FieldError("macAddress", $"'{MacAddress}' is not a MAC address (like 00:1A:2B:3C:4D:5E)"));
        }

        if (Vlan is { } vlan && !NetworkIdentity.IsValidVlan(vlan))
        {
            errors.Add(new FieldError("vlan", string.Create(CultureInfo.InvariantCulture, $"{vlan} is outside 1-4094")));
        }

        if (!NetworkIdentity.IsValidHostname(Hostname?.Trim()))
        {
            errors.Add(new FieldError("hostname", $"'{Hostname}' is not an RFC 1123 host name"));
        }

        if (errors.Count > 0)
        {
            return Error.Validation("Invalid device.", [.. errors]);
        }

        return new InventoryRecord
        {
            Location = location,
            AssetId = assetId!,
            Manufacturer = manufacturer!,
            Model = model!,
            ModelNumber = Clean(ModelNumber),
            SoftwareVersion = Clean(SoftwareVersion) ?? "unknown",
            SerialNumber = Clean(SerialNumber),
            CareUnit = Clean(CareUnit),
            ClinicalFunction = function,
            Exposure = exposure,
            IpAddress = ip,
            Hostname = Clean(Hostname),
            MacAddress = mac,
            Vlan = Vlan,
            HoldsPatientData = HoldsPatientData ?? false,
            Os = Clean(OperatingSystem),
            OsEndOfSupport = OsEndOfSupport,
            ParentAssetId = Clean(ParentAssetId),
            Owner = Clean(Owner),
            Provided = AllColumns,
        };
    }

    private static readonly IReadOnlySet<InventoryColumn> AllColumns = Enum.GetValues<InventoryColumn>().ToHashSet();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Required(string? value, string field, int maxLength, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "required"));
            return null;
        }

        Optional(value, field, maxLength, errors);
        return value.Trim();
    }

    private static void Optional(string? value, string field, int maxLength, List<FieldError> errors)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors.Add(new FieldError(field, string.Create(CultureInfo.InvariantCulture, $"longer than {maxLength} characters")));
        }
    }
}
