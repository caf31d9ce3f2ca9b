using MedVigil.Domain.Devices;

namespace MedVigil.Application.Demo;

/// <summary>One kind of device in the demo hospital, with how many of it and where.</summary>
internal sealed record DemoModel(
    string Manufacturer,
    string Model,
    string ModelNumber,
    string[] Versions,
    ClinicalFunction Function,
    string Prefix,
    int Count,
    string[] CareUnits,
    Exposure Exposure = Exposure.HospitalNetwork,
    bool HoldsPatientData = false,
    string? Os = null,
    DateOnly? OsEndOfSupport = null,
    bool SpreadVersions = false);

/// <summary>
/// Real product families as a mid-size hospital would own them. Counts and versions are invented; nothing here
/// claims any real device is vulnerable. The last models are Example Medical's, a fictional manufacturer: the demo
/// SBOMs and advisories (<see cref="DemoDocuments"/>) describe only those, so the demo's findings are about nothing real.
/// </summary>
internal static class DemoCatalogue
{
    public static readonly string[] CareUnits =
    [
        "Intensive Care Unit", "Emergency Department", "Operating Theatres", "Cardiology", "Radiology",
        "Laboratory", "Neonatal ICU", "Oncology Day Unit", "Ward 4B (General Medicine)", "Dialysis Unit", "Pharmacy",
    ];

    /// <summary>The fictional manufacturer of the demo documents.</summary>
    public const string ExampleMedical = "Example Medical";

    private static readonly DateOnly Win10Ltsc2019 = new(2029, 1, 9);
    private static readonly DateOnly Win7Embedded = new(2021, 10, 12);
    private static readonly DateOnly Win10Ltsb2016 = new(2026, 10, 13);

    public static readonly DemoModel[] Models =
    [
        new("BD", "Alaris PC Unit", "8015", ["9.19.2", "9.33.1", "12.1.2"], ClinicalFunction.Therapeutic, "INF", 90,
            ["Intensive Care Unit", "Emergency Department", "Ward 4B (General Medicine)", "Oncology Day Unit"]),
        new("Baxter", "Sigma Spectrum Infusion System", "35700BAX", ["8.00.01", "8.01.01"], ClinicalFunction.Therapeutic, "INF", 40,
            ["Ward 4B (General Medicine)", "Oncology Day Unit"]),
        new("B. Braun Melsungen AG", "Space Infusomat", "8713030", ["686E", "688F"], ClinicalFunction.Therapeutic, "INF", 45,
            ["Intensive Care Unit", "Neonatal ICU", "Operating Theatres"]),
        new("ICU Medical", "Plum 360", "30010", ["15.10", "15.11"], ClinicalFunction.Therapeutic, "INF", 30,
            ["Emergency Department", "Cardiology"]),
        new("Fresenius Kabi", "Agilia Volumat MC", "Z024000", ["2.4", "3.1"], ClinicalFunction.Therapeutic, "INF", 20,
            ["Neonatal ICU", "Oncology Day Unit"]),
        new("Philips Medical Systems", "IntelliVue MX800", "865240", ["M.00.03", "N.00.05"], ClinicalFunction.Monitoring, "MON", 30,
            ["Intensive Care Unit", "Cardiology"], HoldsPatientData: true),
        new("Philips Medical Systems", "IntelliVue MX450", "866062", ["M.00.03", "N.00.05"], ClinicalFunction.Monitoring, "MON", 25,
            ["Emergency Department", "Ward 4B (General Medicine)"], HoldsPatientData: true),
        new("GE Healthcare", "CARESCAPE B650", "2062939-001", ["2.0.6", "3.2"], ClinicalFunction.Monitoring, "MON", 22,
            ["Operating Theatres", "Intensive Care Unit"], HoldsPatientData: true),
        new("GE Healthcare", "CARESCAPE Central Station", "2088220-001", ["2.0", "3.0"], ClinicalFunction.Monitoring, "CST", 4,
            ["Intensive Care Unit", "Cardiology", "Emergency Department"], HoldsPatientData: true,
            Os: "Windows 10 IoT Enterprise LTSC 2019", OsEndOfSupport: Win10Ltsc2019),
        new("Mindray", "BeneVision N17", "N17", ["02.13.00", "02.14.00"], ClinicalFunction.Monitoring, "MON", 16,
            ["Neonatal ICU", "Operating Theatres"], HoldsPatientData: true),
        new("Nihon Kohden", "Life Scope G5", "CSM-1901", ["01-36", "02-10"], ClinicalFunction.Monitoring, "MON", 10,
            ["Cardiology"], HoldsPatientData: true),
        new("Masimo", "Root with Radical-7", "9600", ["1.1.3.1", "1.1.4.2"], ClinicalFunction.Monitoring, "MON", 18,
            ["Ward 4B (General Medicine)", "Neonatal ICU"]),
        new("Drägerwerk AG", "Evita V800", "8421000", ["2.51", "2.62"], ClinicalFunction.LifeSustaining, "VEN", 14,
            ["Intensive Care Unit"], Exposure.Segmented),
        new("Hamilton Medical", "HAMILTON-C6", "161008", ["1.1.4", "2.0.2"], ClinicalFunction.LifeSustaining, "VEN", 10,
            ["Intensive Care Unit", "Neonatal ICU"], Exposure.Segmented),
        new("Medtronic", "Puritan Bennett 980", "PB980", ["1.1.3", "2.0.1"], ClinicalFunction.LifeSustaining, "VEN", 8,
            ["Intensive Care Unit", "Emergency Department"], Exposure.Segmented),
        new("Getinge", "Servo-u", "6694800", ["4.2", "4.4"], ClinicalFunction.LifeSustaining, "VEN", 8,
            ["Operating Theatres", "Neonatal ICU"], Exposure.Segmented),
        new("Drägerwerk AG", "Perseus A500", "8620000", ["2.03", "2.10"], ClinicalFunction.LifeSustaining, "ANE", 9,
            ["Operating Theatres"], Exposure.Segmented),
        new("Fresenius Medical Care", "5008S CorDiax", "M201391", ["4.61", "4.72"], ClinicalFunction.LifeSustaining, "DIA", 16,
            ["Dialysis Unit"], Exposure.Segmented, HoldsPatientData: true),
        new("Baxter", "AK 98", "955559", ["1.10", "1.20"], ClinicalFunction.LifeSustaining, "DIA", 8,
            ["Dialysis Unit"], Exposure.Segmented),
        new("ZOLL Medical", "R Series ALS", "30320000", ["03.00.000", "03.02.002"], ClinicalFunction.LifeSustaining, "DEF", 12,
            ["Emergency Department", "Ward 4B (General Medicine)", "Cardiology"], Exposure.LocalOnly),
        new("Philips Medical Systems", "HeartStart MRx", "M3535A", ["F.03.01", "F.05.00"], ClinicalFunction.LifeSustaining, "DEF", 8,
            ["Intensive Care Unit", "Operating Theatres"], Exposure.LocalOnly),
        new("Medtronic", "CareLink SmartSync Device Manager", "24970A", ["1.2.0", "2.0.1"], ClinicalFunction.Therapeutic, "PRG", 3,
            ["Cardiology"], Exposure.LocalOnly, HoldsPatientData: true),
        new("Siemens Healthineers", "SOMATOM go.Top", "11061425", ["VA30A", "VA40A"], ClinicalFunction.Diagnostic, "CT", 3,
            ["Radiology", "Emergency Department"], HoldsPatientData: true,
            Os: "Windows 10 IoT Enterprise LTSC 2019", OsEndOfSupport: Win10Ltsc2019),
        new("Siemens Healthineers", "MAGNETOM Vida", "10849583", ["XA50A", "XA60A"], ClinicalFunction.Diagnostic, "MR", 2,
            ["Radiology"], HoldsPatientData: true, Os: "Windows 10 IoT Enterprise LTSB 2016", OsEndOfSupport: Win10Ltsb2016),
        new("GE Healthcare", "Revolution CT", "5771000-2", ["21MW13.5", "22MW42.6"], ClinicalFunction.Diagnostic, "CT", 2,
            ["Radiology"], Exposure.Internet, HoldsPatientData: true, Os: "Linux (Red Hat Enterprise Linux 7)", OsEndOfSupport: new DateOnly(2024, 6, 30)),
        new("Philips Medical Systems", "Azurion 7 C20", "722079", ["2.2", "3.1"], ClinicalFunction.Diagnostic, "ANG", 2,
            ["Cardiology"], HoldsPatientData: true, Os: "Windows 7 Embedded Standard", OsEndOfSupport: Win7Embedded),
        new("Canon Medical Systems", "Aplio i800", "TUS-AI800", ["6.0", "7.0"], ClinicalFunction.Diagnostic, "US", 6,
            ["Radiology", "Emergency Department", "Cardiology"], HoldsPatientData: true,
            Os: "Windows 10 IoT Enterprise LTSC 2019", OsEndOfSupport: Win10Ltsc2019),
        new("GE Healthcare", "Vivid E95", "H45591HP", ["v204", "v206"], ClinicalFunction.Diagnostic, "US", 4,
            ["Cardiology"], HoldsPatientData: true, Os: "Windows 10 IoT Enterprise LTSC 2019", OsEndOfSupport: Win10Ltsc2019),
        new("Roche Diagnostics", "cobas 6000 analyzer series", "05641519001", ["05-02", "06-01"], ClinicalFunction.Diagnostic, "LAB", 4,
            ["Laboratory"], HoldsPatientData: true, Os: "Windows 7 Embedded Standard", OsEndOfSupport: Win7Embedded),
        new("Abbott", "Alinity ci-series", "03R65-01", ["3.4.1", "3.6.0"], ClinicalFunction.Diagnostic, "LAB", 3,
            ["Laboratory"], HoldsPatientData: true, Os: "Windows 10 IoT Enterprise LTSC 2019", OsEndOfSupport: Win10Ltsc2019),
        new("Siemens Healthineers", "Atellica Solution", "11069000", ["1.27", "1.30"], ClinicalFunction.Diagnostic, "LAB", 2,
            ["Laboratory"], HoldsPatientData: true, Os: "Windows 10 IoT Enterprise LTSC 2019", OsEndOfSupport: Win10Ltsc2019),
        new("Omnicell", "XT Automated Dispensing Cabinet", "XT-MAIN", ["1.5.0", "1.8.2"], ClinicalFunction.Ancillary, "ADC", 14,
            ["Pharmacy", "Intensive Care Unit", "Ward 4B (General Medicine)", "Emergency Department"], HoldsPatientData: true,
            Os: "Windows 10 IoT Enterprise LTSC 2019", OsEndOfSupport: Win10Ltsc2019),
        new("BD", "Pyxis MedStation ES", "PMS-ES", ["1.6", "1.7.5"], ClinicalFunction.Ancillary, "ADC", 10,
            ["Operating Theatres", "Oncology Day Unit", "Cardiology"], HoldsPatientData: true,
            Os: "Windows 10 IoT Enterprise LTSB 2016", OsEndOfSupport: Win10Ltsb2016),
        new("Stryker", "ProCuity Bed", "3009", ["1.0.4", "1.1.0"], ClinicalFunction.Ancillary, "BED", 40,
            ["Ward 4B (General Medicine)", "Intensive Care Unit", "Oncology Day Unit"]),
        new("Natus Medical", "NeuroWorks EEG", "NW-XLTEK", ["9.2", "9.5"], ClinicalFunction.Diagnostic, "EEG", 3,
            ["Neonatal ICU", "Intensive Care Unit"], HoldsPatientData: true, Os: "Windows 10 IoT Enterprise LTSC 2019", OsEndOfSupport: Win10Ltsc2019),

        // Fictional, and last so the real families above keep their generated devices. Their SBOMs and advisories are
        // in Demo/Documents; the infusion pump spreads over three versions so one advisory shows affected and fixed.
        new(ExampleMedical, "ExampleLink Integration Gateway", "ELG-400", ["4.2.0", "5.0.1"], ClinicalFunction.Ancillary, "ELG", 6,
            ["Intensive Care Unit", "Emergency Department", "Cardiology"]),
        new(ExampleMedical, "ExampleView PACS Server", "EVP-SRV", ["7.3", "8.0"], ClinicalFunction.Diagnostic, "PACS", 4,
            ["Radiology"], HoldsPatientData: true, SpreadVersions: true),
        new(ExampleMedical, "ExampleView Web Portal", "EVP-WEB", ["2.1.0"], ClinicalFunction.Diagnostic, "WEB", 1,
            ["Radiology"], HoldsPatientData: true),
        new(ExampleMedical, "ExampleFlow Infusion Pump", "EXF-100", ["2.1.0", "2.4.3", "3.0.1"], ClinicalFunction.Therapeutic, "EXF", 12,
            ["Ward 4B (General Medicine)", "Oncology Day Unit"], SpreadVersions: true),
        new(ExampleMedical, "ExampleFlow Syringe Pump", "EXS-20", ["1.3.0"], ClinicalFunction.Therapeutic, "EXS", 6,
            ["Intensive Care Unit", "Neonatal ICU"]),
    ];
}
