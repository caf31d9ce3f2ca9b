using System.Collections.Frozen;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using MedVigil.Domain.Devices;
using FhirDevice = Hl7.Fhir.Model.Device;

namespace MedVigil.Formats.Inventory;

/// <summary>
/// What one Device says about itself, by the mapping rules of <see cref="FhirDeviceReader"/>: asset id, model,
/// the choice among versions, the Ethernet MAC address and the plain fields. What depends on other devices
/// (parents, inherited values, duplicates) is left to <see cref="FhirRecordAssembler"/>.
/// </summary>
internal static class FhirDeviceMapping
{
    private const string Mdc = "urn:iso:std:iso:11073:10101";
    private const string MdcSoftware = "531975";
    private const string MdcFirmware = "531976";

    /// <summary>Identifier types that mark a MAC address, which is never an asset id.</summary>
    private static readonly FrozenSet<string> MacTypes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "BTMAC", "ETHMAC", "MAC");

    /// <summary>The one MAC address type that is the device's network address.</summary>
    private static readonly FrozenSet<string> EthernetMacType = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "ETHMAC");

    private static readonly string[] NamePreference = ["model-name", "manufacturer-name", "udi-label-name", "user-friendly-name"];

    /// <summary>Copies what <paramref name="device"/> says into a new entry; mapping problems are issues on it.</summary>
    public static FhirDeviceEntry ToEntry(FhirDevice device, string location, string file, string? fullUrl, bool parsedCleanly)
    {
        var entry = new FhirDeviceEntry(location, file, InventoryRules.Clean(fullUrl), parsedCleanly)
        {
            Id = Safe(() => InventoryRules.Clean(device.Id)),
            Manufacturer = Safe(() => InventoryRules.Clean(device.Manufacturer)),
            Model = Safe(() => Model(device)),
            ModelNumber = Safe(() => InventoryRules.Clean(device.ModelNumber)),
            SerialNumber = Safe(() => InventoryRules.Clean(device.SerialNumber)),
            SoftwareVersion = Safe(() => SoftwareVersion(device)),
            CareUnit = Safe(() => InventoryRules.Clean(device.Location?.Display)),
            HasParent = device.Parent is not null,
            ParentReference = Safe(() => InventoryRules.Clean(device.Parent?.Reference)),
            ParentIdentifier = Safe(() => InventoryRules.Clean(device.Parent?.Identifier?.Value)),
            ParentDisplay = Safe(() => InventoryRules.Clean(device.Parent?.Display)),
        };
        entry.AssetId = AssetId(device, entry);
        entry.MacAddress = MacAddress(device, entry);
        return entry;
    }

    /// <summary>Reads a value of the POCO, or null when the SDK throws for a value it could not parse.</summary>
    private static string? Safe(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (CodedException)
        {
            return null; // only in a file with parse issues, which are reported
        }
    }

    /// <summary>The first identifier with a value that <paramref name="accept"/> takes, untrimmed.</summary>
    private static string? FirstIdentifierValue(FhirDevice device, Func<Identifier, bool> accept) =>
        Safe(() => device.Identifier.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value) && accept(i))?.Value);

    private static bool HasType(Identifier identifier, FrozenSet<string> codes) =>
        identifier.Type?.Coding.Exists(c => c.Code is { } code && codes.Contains(code)) == true;

    /// <summary>The first identifier that is not a MAC address, else the resource id.</summary>
    private static string? AssetId(FhirDevice device, FhirDeviceEntry entry)
    {
        var id = FirstIdentifierValue(device, i => !HasType(i, MacTypes))?.Trim() ?? entry.Id;
        if (id is null)
        {
            entry.Issue("Device.identifier", "the device has no identifier (other than a MAC address) and no id to use as asset_id");
        }
        else if (id.Length > MedVigil.Domain.Devices.Device.AssetIdMaxLength)
        {
            entry.Issue("Device.identifier", InventoryRules.TooLong("asset_id " + InventoryRules.Quote(id), MedVigil.Domain.Devices.Device.AssetIdMaxLength));
        }

        return id;
    }

    /// <summary>The preferred deviceName, else any, else the type's text or display, else the model number.</summary>
    private static string? Model(FhirDevice device)
    {
        foreach (var type in NamePreference)
        {
            var name = device.DeviceName.FirstOrDefault(n =>
                !string.IsNullOrWhiteSpace(n.Name) && string.Equals(n.TypeElement?.JsonValue as string, type, StringComparison.Ordinal));
            if (name is not null)
            {
                return name.Name!.Trim();
            }
        }

        return InventoryRules.Clean(device.DeviceName.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n.Name))?.Name)
            ?? InventoryRules.Clean(device.Type?.Text)
            ?? InventoryRules.Clean(device.Type?.Coding.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Display))?.Display)
            ?? InventoryRules.Clean(device.ModelNumber);
    }

    /// <summary>The software version, else the firmware version, else the first untyped version.</summary>
    private static string? SoftwareVersion(FhirDevice device)
    {
        var versions = device.Version.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToList();
        var chosen = versions.FirstOrDefault(v => IsTyped(v.Type, MdcSoftware, "software"))
            ?? versions.FirstOrDefault(v => IsTyped(v.Type, MdcFirmware, "firmware"))
            ?? versions.FirstOrDefault(v => v.Type is null || (v.Type.Coding.Count == 0 && string.IsNullOrWhiteSpace(v.Type.Text)));
        return chosen?.Value?.Trim();
    }

    /// <summary>A type with the MDC code (in the MDC system, or none), or whose text or a display names <paramref name="word"/>.</summary>
    private static bool IsTyped(CodeableConcept? type, string mdcCode, string word) =>
        type is not null
        && (type.Coding.Exists(c => string.Equals(c.Code, mdcCode, StringComparison.Ordinal) && (c.System is null || string.Equals(c.System, Mdc, StringComparison.Ordinal)))
            || (type.Text?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false)
            || type.Coding.Exists(c => c.Display?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false));

    /// <summary>The Ethernet MAC address, normalised; a Bluetooth one is ignored.</summary>
    private static string? MacAddress(FhirDevice device, FhirDeviceEntry entry)
    {
        var ethernet = FirstIdentifierValue(device, i => HasType(i, EthernetMacType));
        if (ethernet is null)
        {
            return null;
        }

        if (!NetworkIdentity.TryNormalizeMac(ethernet, out var mac))
        {
            entry.Issue("Device.identifier", $"{InventoryRules.Quote(ethernet)} (ETHMAC) is not a MAC address");
        }

        return mac;
    }
}
