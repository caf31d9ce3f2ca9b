using System.Diagnostics;
using System.Text;
using MedVigil.Formats.CycloneDx;

namespace MedVigil.Formats.Tests.CycloneDx;

/// <summary>A generated SBOM of 10,000 components (the size of a large device image) reads whole and quickly.</summary>
public sealed class CycloneDxLargeSbomTests(ITestOutputHelper output)
{
    private const int Count = 10_000;

    private static byte[] Generate()
    {
        var json = new StringBuilder("""{ "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [""");
        for (var i = 0; i < Count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $$"""
                { "type": "library", "bom-ref": "c{{i}}", "name": "lib{{i}}", "version": "1.{{i}}",
                  "purl": "pkg:npm/lib{{i}}@1.{{i}}", "hashes": [{ "alg": "SHA-256", "content": "{{new string('a', 64)}}" }] }
                """);
        }

        json.Append("""], "dependencies": [""");
        for (var i = 0; i < Count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{ "ref": "c{{i}}", "dependsOn": [{{(i + 1 < Count ? $"\"c{i + 1}\"" : "")}}] }""");
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }

    [Fact]
    public void TenThousandComponents_AreReadWithTheirGraph()
    {
        var bytes = Generate();
        var clock = Stopwatch.StartNew();

        var result = CycloneDxReader.Read(new MemoryStream(bytes));

        clock.Stop();
        output.WriteLine($"{Count} components, {bytes.Length / 1024} KiB, read in {clock.ElapsedMilliseconds} ms.");
        result.Issues.ShouldBeEmpty();
        result.Document!.Components.Count.ShouldBe(Count);
        result.Document.Dependencies.Count.ShouldBe(Count);
        result.Document.Components[^1].Purl.ShouldBe($"pkg:npm/lib{Count - 1}@1.{Count - 1}");
        // Generous bound for a shared CI machine; the import benchmark has the real target (under 1 s end to end).
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }
}
