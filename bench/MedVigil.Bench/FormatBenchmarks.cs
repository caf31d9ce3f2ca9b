using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using MedVigil.Formats.CycloneDx;
using MedVigil.Formats.Nvd;

namespace MedVigil.Bench;

/// <summary>
/// Reading whole documents: an NVD CVE API 2.0 page of 2,000 real records (the 200 shared records, ten times over,
/// in the API's response shape; MB/s = bytes / mean) and a generated 10,000-component CycloneDX SBOM.
/// </summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    private byte[] _nvdPage = [];
    private byte[] _sbom = [];

    public static int NvdPageBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var records = Directory.GetFiles(SharedDataFiles.Path("nvd", "cve-records"), "CVE-*.json").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToList();
        var items = string.Join(",", Enumerable.Repeat(records, 10).SelectMany(r => r));
        _nvdPage = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"resultsPerPage\":2000,\"startIndex\":0,\"totalResults\":2000,\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"2026-11-28T00:00:00.000\",\"vulnerabilities\":[{items}]}}"));
        NvdPageBytes = _nvdPage.Length;
        Console.WriteLine($"NVD page: {_nvdPage.Length:N0} bytes, 2,000 records");

        var components = new JsonArray();
        for (var i = 0; i < 10_000; i++)
        {
            components.Add(new JsonObject
            {
                ["type"] = "library", ["bom-ref"] = $"c{i}", ["name"] = $"component-{i}", ["version"] = $"1.{i % 50}.{i % 7}",
                ["purl"] = $"pkg:npm/component-{i}@1.{i % 50}.{i % 7}",
            });
        }

        _sbom = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["bomFormat"] = "CycloneDX", ["specVersion"] = "1.6", ["version"] = 1, ["components"] = components,
        }.ToJsonString());
    }

    [Benchmark]
    public int NvdPage2000Records() => NvdCveReader.ReadPage(new MemoryStream(_nvdPage)).Document!.Vulnerabilities.Count;

    [Benchmark]
    public int CycloneDx10000Components() => CycloneDxReader.Read(new MemoryStream(_sbom)).Document!.Components.Count;
}
