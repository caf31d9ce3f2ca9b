using BenchmarkDotNet.Attributes;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Bench;

/// <summary>
/// Version comparison and vers containment on pre-parsed values (issue 3 targets per core: ≥ 30,000,000
/// comparisons/s for semver and Debian, ≥ 10,000,000 containment checks/s, 0 B allocated), plus parsing for context.
/// Each benchmark walks a batch of realistic inputs; the reported time is per operation.
/// </summary>
[MemoryDiagnoser]
public class VersionBenchmarks
{
    private const int Batch = 16;

    private static readonly string[] SemverTexts =
    [
        "1.0.0", "1.0.1", "1.2.3", "1.2.3-alpha.1", "1.2.3-beta", "2.0.0", "2.0.0-rc.1", "10.4.17",
        "0.9.12", "1.10.0", "3.1.4+build.5", "3.1.4", "1.0.0-alpha", "1.0.0-alpha.beta", "4.17.21", "4.17.20",
    ];

    private static readonly string[] DebianTexts =
    [
        "2:9.0.0", "8.3.2", "1.0~rc1", "1.0", "7.50.3-1+deb9u1", "7.50.3-1", "1:2.30-2ubuntu1", "2.30-2",
        "3.0.2-0ubuntu1.10", "3.0.2-0ubuntu1.9", "1.2.11.dfsg-2+deb11u2", "1.2.11.dfsg-2", "252.22-1~deb12u1", "252.17-1~deb12u1",
        "0.99.3", "0.99.3-1",
    ];

    private SchemeVersion[] _semver = [];
    private SchemeVersion[] _debian = [];
    private SchemeVersion[] _pypi = [];
    private SchemeVersion[] _maven = [];
    private SchemeVersion[] _tested = [];
    private VersRange _range = null!;

    [GlobalSetup]
    public void Setup()
    {
        _semver = [.. SemverTexts.Select(VersionSchemes.Semver.Parse)];
        _debian = [.. DebianTexts.Select(VersionSchemes.Debian.Parse)];
        _pypi = [.. new[] { "1.0", "1.0.post1", "1.0rc1", "2.0.dev3", "1!0.1", "2.31.0", "2.31.1", "0.0.1a1" }.Concat(["3.11.4", "3.11.4+local", "1.26.18", "1.26.5", "23.1", "23.0.1", "0.1", "0.10"]).Select(VersionSchemes.Pypi.Parse)];
        _maven = [.. new[] { "1.0", "1.0-SNAPSHOT", "2.17.1", "2.17.0", "1.0-rc-1", "1.0.1", "5.3.30", "6.0.0-M1" }.Concat(["2.15.0-rc1", "2.15.0", "1.2.3.Final", "1.2.3", "3.0.0-beta-2", "3.0.0", "9.4.53.v20231009", "9.4.51.v20230217"]).Select(VersionSchemes.Maven.Parse)];
        _range = VersRange.Parse("vers:npm/>=1.0.0|<1.2.3|>=2.0.0|!=2.0.1|<2.5.0|>=3.0.0|<3.1.4");
        _tested = [.. new[] { "0.9.0", "1.0.0", "1.2.2", "1.2.3", "1.9.0", "2.0.0", "2.0.1", "2.4.9" }.Concat(["2.5.0", "2.9.0", "3.0.0", "3.1.3", "3.1.4", "4.0.0", "1.0.0-rc.1", "2.0.0-beta"]).Select(VersionSchemes.Npm.Parse)];
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int CompareSemver() => CompareNeighbours(_semver);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int CompareDebian() => CompareNeighbours(_debian);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ComparePypi() => CompareNeighbours(_pypi);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int CompareMaven() => CompareNeighbours(_maven);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int VersContains()
    {
        var count = 0;
        foreach (var version in _tested)
        {
            count += _range.Contains(version) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ParseSemver()
    {
        var count = 0;
        foreach (var text in SemverTexts)
        {
            count += VersionSchemes.Semver.TryParse(text, out _) ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int ParseVers() => VersRange.Parse("vers:deb/>=2:9.0.0|<2:9.1.0|>=2:10.0.0|<2:10.0.3").Constraints.Length;

    private static int CompareNeighbours(SchemeVersion[] versions)
    {
        var sum = 0;
        for (var i = 0; i < versions.Length; i++)
        {
            sum += versions[i].CompareTo(versions[(i + 1) & (Batch - 1)]);
        }

        return sum;
    }
}
