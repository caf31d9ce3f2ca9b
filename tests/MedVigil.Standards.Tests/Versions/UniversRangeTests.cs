using MedVigil.Standards.Versions.Native;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Tests.Versions;

/// <summary>univers' range data: GitLab advisory ranges turned into vers, and the PyPI round trip.</summary>
public sealed class UniversRangeTests
{
    [Theory]
    [InlineData("conan_gitlab_range_from_native.json")]
    [InlineData("gem_gitlab_range_from_native.json")]
    [InlineData("golang_gitlab_range_from_native.json")]
    [InlineData("npm_gitlab_range_from_native.json")]
    [InlineData("pypi_gitlab_range_from_native.json")]
    public void EveryGitLabRangeBecomesTheExpectedVers(string file)
    {
        var result = new SuiteResult(file);
        var index = 0;
        foreach (var test in VersionFixtures.UniversJson("schema", "range", "gitlab", file).EnumerateArray())
        {
            var input = test.GetProperty("input");
            var native = input.GetProperty("native_range").GetString();
            var expected = test.GetProperty("expected_output").GetString();
            var converted = NativeRanges.TryFromGitLab(input.GetProperty("scheme").GetString()!, native, out var range, out var error);
            result.Check($"#{index++} {native}", converted && range!.ToString() == expected, () => converted ? $"got {range}" : error!.Message);
        }

        result.AssertAllPassExcept(KnownFailures.For(file));
    }

    [Fact]
    public void EveryPypiRoundTripCaseNormalisesAsExpected()
    {
        var result = new SuiteResult("pypi_range_roundtrip.json");
        var index = 0;
        foreach (var test in VersionFixtures.UniversJson("schema", "range", "pypi_range_roundtrip.json").EnumerateArray())
        {
            var vers = test.GetProperty("input").GetProperty("vers").GetString();
            var parsed = VersRange.TryParseLenient(vers, out var range, out var error);
            var expected = test.GetProperty("expected_output").GetString();
            result.Check($"#{index++} {vers}", parsed && range!.ToString() == expected, () => parsed ? $"got {range}" : error!.Message);
        }

        result.AssertAllPassExcept(KnownFailures.For("pypi_range_roundtrip.json"));
    }
}
