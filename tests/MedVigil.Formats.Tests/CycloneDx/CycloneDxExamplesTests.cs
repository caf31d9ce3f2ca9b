using MedVigil.Formats.CycloneDx;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.CycloneDx;

/// <summary>Real BOMs (CycloneDX/bom-examples and medical-device SBOMs) read without errors, in strict mode too.</summary>
public sealed class CycloneDxExamplesTests(ITestOutputHelper output)
{
    private static string[] BomFiles(params string[] folder) =>
    [
        .. Directory.GetFiles(SharedData.Path(folder), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [InlineData("cyclonedx/examples", 59)]
    [InlineData("medical/sbom", 2)]
    public void EveryExample_ReadsWithoutErrors_InStrictMode(string folder, int expectedFiles)
    {
        var files = BomFiles(folder.Split('/'));
        files.Length.ShouldBe(expectedFiles);
        var options = new CycloneDxReadOptions { SchemaFolder = SharedData.Path("cyclonedx", "schema") };

        var failures = new List<string>();
        var components = 0;
        var vulnerabilities = 0;
        foreach (var file in files)
        {
            var result = CycloneDxReader.Read(file, options);
            if (!result.IsValid)
            {
                failures.Add($"{Path.GetRelativePath(SharedData.Path(), file)}: {string.Join("; ", result.Errors.Take(3))}");
                continue;
            }

            components += result.Document!.Components.Count;
            vulnerabilities += result.Document.Vulnerabilities.Count;
        }

        output.WriteLine($"{folder}: {files.Length - failures.Count}/{files.Length} files read without errors ({components} components, {vulnerabilities} vulnerabilities).");
        failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("SBOM/laravel-7.12.0/bom.1.4.xml", "SBOM/laravel-7.12.0/bom.1.4.json", 62)]
    [InlineData("SBOM/cern-lhc-vdm-editor-e564943/bom.xml", "SBOM/cern-lhc-vdm-editor-e564943/bom.json", 43)]
    public void TheXmlExamples_GiveTheSameComponentsAndGraphAsTheirJsonTwins(string xml, string json, int components)
    {
        var fromXml = CycloneDxReader.Read(SharedData.Path(["cyclonedx", "examples", .. xml.Split('/')]));
        var fromJson = CycloneDxReader.Read(SharedData.Path(["cyclonedx", "examples", .. json.Split('/')]));

        fromXml.Issues.ShouldBeEmpty();
        fromXml.Document!.Syntax.ShouldBe(CycloneDxSyntax.Xml);
        fromXml.Document.Components.Count.ShouldBe(components);
        Summary(fromXml.Document).ShouldBe(Summary(fromJson.Document!));
        fromXml.Document.Dependencies.ShouldBe(fromJson.Document!.Dependencies, ignoreOrder: false, comparer: DependencyComparer.Instance);

        static string[] Summary(CycloneDxBom bom) =>
            [.. bom.Components.Select(c => string.Join('|', c.BomRef, c.Type, c.Group, c.Name, c.Version, c.Purl, string.Join(',', c.Licenses), string.Join(',', c.Hashes.Select(h => h.Algorithm + ":" + h.Value))))];
    }

    [Theory]
    // Hardware (type device, CPE part h) and firmware of a real device, as the paper's SBOMs describe it.
    [InlineData("spacelab-ccny-case-study-narrow.sbom.json", 55, 1, 1)]
    [InlineData("spacelab-ccny-case-study-extended.sbom.json", 65, 2, 7)]
    public void TheMedicalDeviceSboms_KeepTheirDevicesAndHardwareCpes(string file, int components, int devices, int hardwareCpes)
    {
        var bom = CycloneDxReader.Read(SharedData.Path("medical", "sbom", file)).Document!;

        bom.Components.Count.ShouldBe(components);
        bom.Components.Count(c => c.Type == "device").ShouldBe(devices);
        bom.Components.Count(c => c.Cpe?.StartsWith("cpe:2.3:h:", StringComparison.Ordinal) == true).ShouldBe(hardwareCpes);
        bom.Dependencies.Count.ShouldBe(components + 1);
        bom.Components.ShouldAllBe(c => c.Properties.Any(p => p.Name == "End-of-Support") && c.Properties.Any(p => p.Name == "Level of Support"));
    }

    private sealed class DependencyComparer : IEqualityComparer<CycloneDxDependency>
    {
        public static readonly DependencyComparer Instance = new();

        public bool Equals(CycloneDxDependency? x, CycloneDxDependency? y) =>
            x is not null && y is not null && x.Ref == y.Ref && x.DependsOn.SequenceEqual(y.DependsOn);

        public int GetHashCode(CycloneDxDependency obj) => obj.Ref.GetHashCode(StringComparison.Ordinal);
    }
}
