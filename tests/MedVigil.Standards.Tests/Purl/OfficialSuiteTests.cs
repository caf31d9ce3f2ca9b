using MedVigil.Standards.Purl;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Purl;

/// <summary>The official purl-spec test suite, file by file (shared data <c>purl/tests/**</c>).</summary>
public sealed class OfficialSuiteTests
{
    public static TheoryData<string> TypeTestFiles => [.. TypeTestFileNames];

    private static IEnumerable<string> TypeTestFileNames => PurlTypeDefinition.All.Select(d => $"{d.Type}-test.json");

    [Fact]
    public void TheSpecificationSuitePasses() => RunFile(SharedData.Path("purl", "tests", "spec", "specification-test.json"));

    [Theory]
    [MemberData(nameof(TypeTestFiles))]
    public void EachTypeSuitePasses(string file) => RunFile(SharedData.Path("purl", "tests", "types", file));

    [Fact]
    public void EveryTypeSuiteFileBelongsToARegisteredType()
    {
        var files = Directory.GetFiles(SharedData.Path("purl", "tests", "types"), "*.json").Select(Path.GetFileName);

        files.Order(StringComparer.Ordinal).ShouldBe(TypeTestFileNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryValidSuitePurlParsesBackFromItsCanonicalForm()
    {
        var inputs = Directory.GetFiles(SharedData.Path("purl", "tests"), "*.json", SearchOption.AllDirectories)
            .SelectMany(PurlSuiteCase.Load)
            .Where(test => test.TestType != "build" && !test.ExpectedFailure)
            .Select(test => test.Input.GetString()!);
        var checkedCount = 0;
        foreach (var input in inputs)
        {
            if (PackageUrl.TryParse(input, PurlParseMode.Lenient, out var purl, out _))
            {
                var again = PackageUrl.Parse(purl.ToString());
                again.ShouldBe(purl, $"{input} -> {purl}");
                again.ToString().ShouldBe(purl.ToString());
                checkedCount++;
            }
        }

        checkedCount.ShouldBeGreaterThan(300);
    }

    private static void RunFile(string path)
    {
        var results = PurlSuiteCase.Load(path).Select(test => (test.Key, PurlSuiteRunner.Run(test))).ToList();
        SuiteVerdict.Assert(Path.GetFileName(path), results, KnownPurlFailures.Official);
    }
}
