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
            var result = CycloneDxReader.ReadFile(file, options);
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
}
