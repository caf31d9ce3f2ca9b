using MedVigil.Application.Devices;

namespace MedVigil.Application.Tests;

/// <summary>Test data that reads like what a clinical engineer would type.</summary>
internal static class Some
{
    public static DeviceInput Pump(string assetId = "INF-0001", string careUnit = "ICU") => new(
        assetId, "B. Braun Melsungen AG", "Space Infusomat", "8713030", "686E", SerialNumber: "SN-" + assetId,
        CareUnit: careUnit, ClinicalFunction: "therapeutic", Exposure: "hospital-network", IpAddress: "10.20.30.40",
        Hostname: "inf-0001", MacAddress: "00-1a-2b-3c-4d-5e", Vlan: 120, HoldsPatientData: false, Owner: "Biomed team A");

    public const string InventoryHeader =
        "asset_id,manufacturer,model,model_number,software_version,serial_number,care_unit,clinical_function,exposure,ip_address,hostname,mac_address,vlan,holds_patient_data,os,os_end_of_support";

    public static string InventoryCsv(params string[] rows) => string.Join("\n", [InventoryHeader, .. rows]) + "\n";

    public static string Row(string assetId, string unit = "ICU", string exposure = "hospital-network", string ip = "10.1.1.1") =>
        $"{assetId},Philips,IntelliVue MX800,865240,N.00.05,SN{assetId},{unit},monitoring,{exposure},{ip},{assetId.ToLowerInvariant()},,130,true,,";
}
