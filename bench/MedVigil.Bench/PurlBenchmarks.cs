using BenchmarkDotNet.Attributes;
using MedVigil.Standards.Purl;

namespace MedVigil.Bench;

/// <summary>
/// Package URL parsing (target: at least 3,000,000 parses/s per core, issue 3), canonicalising, and equality.
/// The inputs are the shapes an SBOM is full of: Maven, npm (scoped), Debian and RPM with qualifiers, Go with a
/// subpath, PyPI, NuGet, and a percent-encoded qualifier value.
/// </summary>
[MemoryDiagnoser]
public class PurlBenchmarks
{
    private static readonly string[] Inputs =
    [
        "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1",
        "pkg:npm/%40angular/animation@12.3.1",
        "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie",
        "pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25",
        "pkg:golang/google.golang.org/genproto@abcdedf#googleapis/api/annotations",
        "pkg:pypi/django@1.11.1",
        "pkg:nuget/EnterpriseLibrary.Common@6.0.1304",
        "pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repository_url=repo.spring.io%2Frelease",
    ];

    private PackageUrl[] _left = [];
    private PackageUrl[] _right = [];

    [GlobalSetup]
    public void Setup()
    {
        _left = [.. Inputs.Select(p => PackageUrl.Parse(p))];
        _right = [.. Inputs.Select(p => PackageUrl.Parse(p))];
    }

    /// <summary>One strict parse per input; the figure per operation is per PURL.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int Parse()
    {
        var length = 0;
        foreach (var input in Inputs)
        {
            length += PackageUrl.Parse(input).Name.Length;
        }

        return length;
    }

    /// <summary>Parse then print the canonical form: what <c>medvigil purl canonicalize</c> does per line.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int ParseAndCanonicalise()
    {
        var length = 0;
        foreach (var input in Inputs)
        {
            length += PackageUrl.Parse(input).ToString().Length;
        }

        return length;
    }

    /// <summary>Equality of two separately parsed, equal PURLs: component by component, no allocation.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int Equal()
    {
        var equal = 0;
        for (var i = 0; i < _left.Length; i++)
        {
            equal += _left[i] == _right[i] ? 1 : 0;
        }

        return equal;
    }
}
