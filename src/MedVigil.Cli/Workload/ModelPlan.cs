using System.Globalization;

namespace MedVigil.Cli.Workload;

/// <summary>One component of a model version: a package at one of its installed versions.</summary>
internal sealed record PlannedComponent(WorkloadPackage Package, int VersionIndex)
{
    public string Version => Package.Versions[VersionIndex];
}

/// <summary>A model version and what its SBOM lists: the operating system (a CPE) and 30–400 components.</summary>
internal sealed record PlannedModelVersion(
    int Number, string Manufacturer, string Model, string ModelNumber, string Version, ModelArchetype Archetype, string? OsCpe,
    IReadOnlyList<PlannedComponent> Components)
{
    public string SbomFile => string.Create(CultureInfo.InvariantCulture, $"mv-{Number:D5}.cdx.json");
}

/// <summary>
/// The device models of the workload: each of an archetype, with 1–3 versions; a later version bumps a third of its
/// components to newer versions, as a firmware update does.
/// </summary>
internal static class ModelPlan
{
    private static readonly string[] Manufacturers =
    [
        "Northwind Medical", "Contoso Health Systems", "Fabrikam Imaging", "Tailspin Diagnostics", "Litware Infusion",
        "Adventure Works Monitoring", "Proseware Surgical", "Wingtip Respiratory", "Woodgrove Cardiology", "Lucerne Labs",
        "Margie Medical Devices", "Alpine Ski Biomed", "Coho Vineyard Clinical", "Humongous Healthcare", "Trey Research Medical",
        "Blue Yonder Dialysis", "Graphic Design Radiology", "City Power Oncology", "Fourth Coffee Neuro", "Southridge Ultrasound",
    ];

    private static readonly string[] Kinds =
        ["Infusion Pump", "Patient Monitor", "Ventilator", "CT Scanner", "MRI Console", "Ultrasound", "Dialysis System", "Lab Analyzer",
         "Anesthesia Workstation", "Telemetry Gateway", "PACS Workstation", "Defibrillator", "Glucose Meter Hub", "Nurse Call Server"];

    public static IReadOnlyList<PlannedModelVersion> Create(int models, PackageCatalog catalog, Random random)
    {
        var versions = new List<PlannedModelVersion>();
        for (var m = 0; m < models; m++)
        {
            var manufacturer = Manufacturers[m % Manufacturers.Length];
            var model = string.Create(CultureInfo.InvariantCulture, $"{Kinds[random.Next(Kinds.Length)]} {(char)('A' + m % 26)}{100 + m}");
            var modelNumber = string.Create(CultureInfo.InvariantCulture, $"MN-{m:D4}-{random.Next(100):D2}");
            var archetype = ModelArchetype.All[random.Next(ModelArchetype.All.Count)];
            var components = Components(archetype, catalog, random, 30 + random.Next(371));
            var (major, minor) = (1 + random.Next(6), random.Next(10));
            var count = 1 + random.Next(3);
            for (var v = 0; v < count; v++)
            {
                var version = string.Create(CultureInfo.InvariantCulture, $"{major}.{minor + v}.{random.Next(10)}");
                var os = archetype.OsVendor is null ? null : WorkloadPackage.CpeName(archetype.OsVendor, archetype.OsProduct!, OsVersion(archetype, random, v), 'o');
                versions.Add(new PlannedModelVersion(versions.Count, manufacturer, model, modelNumber, version, archetype, os, components));
                components = Bump(components, random);
            }
        }

        return versions;
    }

    /// <summary>A new version of model 0 with a third of its components newer: the one new SBOM of the incremental case.</summary>
    public static PlannedModelVersion NextVersion(PlannedModelVersion last, int number, Random random) =>
        last with { Number = number, Version = last.Version + "-hotfix1", Components = Bump(last.Components, random) };

    private static List<PlannedComponent> Components(ModelArchetype archetype, PackageCatalog catalog, Random random, int count)
    {
        var chosen = new Dictionary<WorkloadPackage, PlannedComponent>(ReferenceEqualityComparer.Instance);
        for (var attempt = 0; chosen.Count < count && attempt < count * 20; attempt++)
        {
            var package = catalog.Pick(archetype.PickEcosystem(random), random);
            if (!chosen.ContainsKey(package))
            {
                chosen[package] = new PlannedComponent(package, random.Next(package.InstalledVersions));
            }
        }

        return [.. chosen.Values];
    }

    private static List<PlannedComponent> Bump(IReadOnlyList<PlannedComponent> components, Random random) =>
        [.. components.Select(c => random.Next(3) == 0 && c.VersionIndex + 1 < c.Package.InstalledVersions ? c with { VersionIndex = c.VersionIndex + 1 } : c)];

    private static string OsVersion(ModelArchetype archetype, Random random, int step) => archetype.OsVendor == "microsoft"
        ? "10"
        : string.Create(CultureInfo.InvariantCulture, $"{4 + random.Next(3)}.{random.Next(20)}.{10 * step + random.Next(100)}");
}
