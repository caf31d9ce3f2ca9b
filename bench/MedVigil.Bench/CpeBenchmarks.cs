using BenchmarkDotNet.Attributes;
using MedVigil.Standards.Cpe;

namespace MedVigil.Bench;

/// <summary>CPE 2.3 parsing, binding and NISTIR 7696 comparison. Comparison must not allocate.</summary>
[MemoryDiagnoser]
public class CpeBenchmarks
{
    private const int Pairs = 6;

    // Criteria (source) and component (target) pairs covering the common outcomes.
    private static readonly (string Criteria, string Component)[] Texts =
    [
        ("cpe:2.3:o:linux:linux_kernel:*:*:*:*:*:*:*:*", "cpe:2.3:o:linux:linux_kernel:5.15.37:*:*:*:*:*:*:*"),
        ("cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*", "cpe:2.3:a:microsoft:internet_explorer:8.0.6001:sp1:*:*:*:*:*:*"),
        ("cpe:2.3:a:gnu:bash:4.2.46:*:*:*:*:*:*:*", "cpe:2.3:a:GNU:Bash:4.2.46:*:*:*:*:*:*:*"),
        ("cpe:2.3:a:quarkus:quarkus:*:*:*:*:*:*:*:*", "cpe:2.3:a:quarkus:quarkus-security:1.1.4:*:*:*:*:*:*:*"),
        ("cpe:2.3:a:pascom_cloud_phone_system:*:*:*:*:*:*:*:*:*", "cpe:2.3:a:*:zstandard:1.5.2:*:*:*:*:*:*:*"),
        ("cpe:2.3:a:jenkins:ftp_publisher:*:*:*:*:*:jenkins:*:*", "cpe:2.3:a:jenkins:ftp_publisher:1.0:*:*:*:*:*:*:*"),
    ];

    private readonly CpeName[] _criteria = Texts.Select(t => CpeName.Parse(t.Criteria)).ToArray();
    private readonly CpeName[] _components = Texts.Select(t => CpeName.Parse(t.Component)).ToArray();
    private readonly string _formatted = @"cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*";
    private readonly string _uri = "cpe:/a:hp:insight_diagnostics:7.4.0.1570:-:~~online~win2003~x64~";
    private readonly CpeName _name = CpeName.Parse("cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*");

    [Benchmark]
    public CpeName ParseFormattedString() => CpeName.Parse(_formatted);

    [Benchmark]
    public CpeName ParseUri() => CpeName.Parse(_uri);

    [Benchmark]
    public string FormatString() => _name.ToString();

    [Benchmark]
    public string FormatUri() => _name.ToUri();

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int Compare()
    {
        var sum = 0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += (int)CpeName.Compare(_criteria[i], _components[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int EvaluateForVulnerability()
    {
        var sum = 0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += (int)CpeName.EvaluateForVulnerability(_criteria[i], _components[i]);
        }

        return sum;
    }
}
