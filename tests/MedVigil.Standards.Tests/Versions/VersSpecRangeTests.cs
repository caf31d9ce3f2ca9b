using System.Text.Json;
using MedVigil.Standards.Versions.Native;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Tests.Versions;

/// <summary>The vers-spec range suites: from_native, containment, validate and canonical parse.</summary>
public sealed class VersSpecRangeTests
{
    public static TheoryData<string> NativeFiles =>
    [
        "conan_range_from_native_basic_test.json", "conan_range_from_native_test.json", "gem_range_from_native_test.json",
        "nginx_range_from_native_test.json", "npm_range_from_native_test.json", "nuget_range_from_native_test.json",
        "openssl_range_from_native_test.json", "pypi_range_from_native_test.json",
    ];

    [Theory]
    [MemberData(nameof(NativeFiles))]
    public void EveryNativeRangeOfAVersSpecFileBecomesTheExpectedVers(string file)
    {
        var result = new SuiteResult(file);
        foreach (var (test, id) in Cases(file))
        {
            var input = test.GetProperty("input");
            var expected = test.GetProperty("expected_output").GetString();
            var converted = NativeRanges.TryToVers(input.GetProperty("scheme").GetString()!, input.GetProperty("native_range").GetString(), out var range, out var error);
            result.Check(id, converted && range!.ToString() == expected, () => converted ? $"got {range}" : error!.Message);
        }

        result.AssertAllPassExcept(KnownFailures.For(file));
    }

    [Theory]
    [InlineData("npm_range_containment_test.json")]
    [InlineData("pypi_range_containment_test.json")]
    public void EveryContainmentCaseOfAVersSpecFileHolds(string file)
    {
        var result = new SuiteResult(file);
        foreach (var (test, id) in Cases(file))
        {
            var input = test.GetProperty("input");
            var expected = test.GetProperty("expected_output").GetBoolean();
            if (!VersRange.TryParseLenient(input.GetProperty("vers").GetString(), out var range, out var error))
            {
                result.Fail(id, error.Message);
                continue;
            }

            var contains = range.Contains(input.GetProperty("version").GetString()!);
            result.Check(id, contains == expected, () => $"contains was {contains}");
        }

        result.AssertAllPassExcept(KnownFailures.For(file));
    }

    [Fact]
    public void EveryValidateCaseOfTheVersSpecSuiteNormalisesAsExpected()
    {
        const string file = "pypi_range_validate_test.json";
        var result = new SuiteResult(file);
        foreach (var (test, id) in Cases(file))
        {
            var parsed = VersRange.TryParseLenient(test.GetProperty("input").GetString(), out var range, out var error);
            var expected = test.GetProperty("expected_output").GetString();
            result.Check(id, parsed && range!.ToString() == expected, () => parsed ? $"got {range}" : error!.Message);
        }

        result.AssertAllPassExcept(KnownFailures.For(file));
    }

    [Fact]
    public void EveryCanonicalParseCaseOfTheVersSpecSuitePassesOrFailsAsExpected()
    {
        const string file = "vers_canonical_parse_test.json";
        var result = new SuiteResult(file);
        foreach (var (test, id) in Cases(file))
        {
            var parsed = VersRange.TryParse(test.GetProperty("input").GetString(), out var range, out var error);
            if (test.TryGetProperty("expected_failure", out var failure) && failure.GetBoolean())
            {
                result.Check(id, !parsed, () => $"parsed as {range}");
                continue;
            }

            var output = test.GetProperty("expected_output");
            var expected = output.GetProperty("version_constraints").EnumerateArray()
                .Select(c => $"{c[0].GetString()} {c[1].GetString()}").ToList();
            var actual = range?.Constraints.Select(c => $"{(c.Comparator == VersComparator.Equal ? "=" : c.Comparator.Symbol())} {c.Version}").ToList();
            result.Check(id, parsed && range!.Type == output.GetProperty("scheme").GetString() && actual!.SequenceEqual(expected),
                () => parsed ? $"got {range!.Type}: {string.Join(", ", actual!)}" : error!.Message);
        }

        result.AssertAllPassExcept(KnownFailures.For(file));
    }

    private static IEnumerable<(JsonElement Test, string Id)> Cases(string file) =>
        VersionFixtures.VersSpecTests(file).EnumerateArray().Select((test, index) => (test, $"#{index} {Describe(test.GetProperty("input"))}"));

    /// <summary>A one-line name for a case's input: the vers, the native range, or the vers and version.</summary>
    private static string Describe(JsonElement input) => input.ValueKind == JsonValueKind.String
        ? input.GetString()!
        : input.TryGetProperty("native_range", out var native) ? $"'{native.GetString()}'"
        : $"{input.GetProperty("vers").GetString()} contains {input.GetProperty("version").GetString()}";
}
