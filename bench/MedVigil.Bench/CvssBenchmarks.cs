using BenchmarkDotNet.Attributes;
using MedVigil.Standards.Cvss;

namespace MedVigil.Bench;

/// <summary>
/// CVSS parse + score throughput over 1,024 varied vectors per invocation (targets per core: v3.1 ≥ 3,000,000/s,
/// v4.0 ≥ 1,000,000/s, i.e. ≤ 333 ns and ≤ 1,000 ns per vector). Parsing must not allocate.
/// </summary>
[MemoryDiagnoser]
public class CvssBenchmarks
{
    private const int Count = 1024;

    private string[] _v31 = [];
    private string[] _v40Base = [];
    private string[] _v40Full = [];
    private Cvss3Vector[] _parsedV31 = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240601);
        string Pick(params string[] values) => values[random.Next(values.Length)];
        string Optional(string metric, params string[] values) => random.Next(2) == 0 ? "" : $"/{metric}:{Pick(values)}";

        _v31 = [.. Enumerable.Range(0, Count).Select(_ =>
            $"CVSS:3.1/AV:{Pick("N", "A", "L", "P")}/AC:{Pick("L", "H")}/PR:{Pick("N", "L", "H")}/UI:{Pick("N", "R")}/S:{Pick("U", "C")}" +
            $"/C:{Pick("H", "L", "N")}/I:{Pick("H", "L", "N")}/A:{Pick("H", "L", "N")}")];
        string V40Base() =>
            $"CVSS:4.0/AV:{Pick("N", "A", "L", "P")}/AC:{Pick("L", "H")}/AT:{Pick("N", "P")}/PR:{Pick("N", "L", "H")}/UI:{Pick("N", "P", "A")}" +
            $"/VC:{Pick("H", "L", "N")}/VI:{Pick("H", "L", "N")}/VA:{Pick("H", "L", "N")}/SC:{Pick("H", "L", "N")}/SI:{Pick("H", "L", "N")}/SA:{Pick("H", "L", "N")}";
        _v40Base = [.. Enumerable.Range(0, Count).Select(_ => V40Base())];
        _v40Full = [.. Enumerable.Range(0, Count).Select(_ => V40Base() + Optional("E", "A", "P", "U") + Optional("CR", "H", "M", "L")
            + Optional("MAV", "N", "A", "L", "P") + Optional("MVC", "H", "L", "N") + Optional("MSI", "S", "H", "L", "N")
            + Optional("S", "N", "P") + Optional("U", "Clear", "Green", "Amber", "Red"))];
        _parsedV31 = [.. _v31.Select(Cvss3Vector.Parse)];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseAndBaseScoreV31()
    {
        var sum = 0;
        foreach (var text in _v31)
        {
            Cvss3Vector.TryParse(text.AsSpan(), out var vector);
            sum += vector.BaseScore.Tenths;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseAndScoreV40Base()
    {
        var sum = 0;
        foreach (var text in _v40Base)
        {
            Cvss4Vector.TryParse(text.AsSpan(), out var vector);
            sum += vector.Score.Tenths;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseAndScoreV40WithThreatEnvironmentalSupplemental()
    {
        var sum = 0;
        foreach (var text in _v40Full)
        {
            Cvss4Vector.TryParse(text.AsSpan(), out var vector);
            sum += vector.Score.Tenths;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseAnyVersionV31()
    {
        var sum = 0;
        foreach (var text in _v31)
        {
            CvssVector.TryParse(text.AsSpan(), out var vector);
            sum += (int)vector.Version;
        }

        return sum;
    }

    /// <summary>Temporal and Environmental scores are computed on demand in decimal; not a target, measured for scale.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int EnvironmentalScoreV31()
    {
        var sum = 0;
        foreach (var vector in _parsedV31)
        {
            sum += vector.EnvironmentalScore.Tenths;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int CanonicalStringV31()
    {
        var sum = 0;
        foreach (var vector in _parsedV31)
        {
            sum += vector.ToString().Length;
        }

        return sum;
    }
}
