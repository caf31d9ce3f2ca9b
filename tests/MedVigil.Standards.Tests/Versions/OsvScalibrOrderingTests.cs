namespace MedVigil.Standards.Tests.Versions;

/// <summary>osv-scalibr's ordering fixtures: every line <c>A op B</c> must hold both ways round.</summary>
public sealed class OsvScalibrOrderingTests
{
    public static TheoryData<string> Files =>
    [
        "alpine-versions.txt", "alpine-versions-generated.txt", "cran-versions.txt", "cran-versions-generated.txt",
        "hackage-versions.txt", "nuget-versions.txt", "packagist-versions.txt", "packagist-versions-generated.txt",
        "pub-versions.txt", "pypi-versions.txt", "pypi-versions-generated.txt", "redhat-versions.txt",
        "rubygems-versions.txt", "rubygems-versions-generated.txt", "semver-versions.txt",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryComparisonInAnOsvScalibrFileHoldsBothWaysRound(string file)
    {
        var scheme = VersionFixtures.Scheme(VersionFixtures.OsvSchemes[file.Split('-')[0]]);
        var result = new SuiteResult(file);
        foreach (var comparison in VersionFixtures.OsvComparisons(file))
        {
            ComparisonChecks.Run(result, scheme, comparison);
        }

        result.AssertAllPassExcept(KnownFailures.For(file));
    }

    [Fact]
    public void EveryComparisonInOsvDevsPackagistCasesHolds()
    {
        var result = new SuiteResult("packagist_test_cases.txt");
        foreach (var comparison in VersionFixtures.PackagistCases())
        {
            ComparisonChecks.Run(result, VersionFixtures.Scheme("composer"), comparison);
        }

        result.AssertAllPassExcept(KnownFailures.For("packagist_test_cases.txt"));
    }
}
