using System.Text.Json;

namespace MedVigil.Standards.Tests.Versions;

/// <summary>The vers-spec comparison and equality suites: sorting lists of versions and testing equality.</summary>
public sealed class VersSpecComparisonTests
{
    public static TheoryData<string> Files =>
    [
        "alpine_version_cmp_test.json", "alpm_version_cmp_test.json", "conan_version_cmp_test.json",
        "datetime_version_cmp_test.json", "gentoo_version_cmp_test.json", "lexicographic-test.json",
        "nuget_version_cmp_test.json", "openssl_version_cmp_test.json",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryComparisonAndEqualityCaseOfAVersSpecFilePasses(string file)
    {
        var result = new SuiteResult(file);
        var index = 0;
        foreach (var test in VersionFixtures.VersSpecTests(file).EnumerateArray())
        {
            var input = test.GetProperty("input");
            var versions = input.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!).ToList();
            var id = $"#{index++} {test.GetProperty("test_type").GetString()} {string.Join(" ", versions)}";
            var scheme = VersionFixtures.Scheme(input.GetProperty("input_scheme").GetString()!);
            var parsed = versions.Select(v => scheme.TryParse(v, out var version, out var error) ? (version, error: (string?)null) : (null, error.Message)).ToList();
            if (parsed.FirstOrDefault(p => p.error is not null).error is { } failure)
            {
                result.Fail(id, failure);
                continue;
            }

            if (test.GetProperty("test_type").GetString() == "equality")
            {
                var equal = parsed[0].version!.CompareTo(parsed[1].version) == 0;
                result.Check(id, equal == test.GetProperty("expected_output").GetBoolean(), () => $"equality was {equal}");
            }
            else
            {
                var sorted = parsed.Select(p => p.version!).Order().Select(v => v.ToString()).ToList();
                var expected = test.GetProperty("expected_output").EnumerateArray().Select(v => v.GetString()!).ToList();
                result.Check(id, sorted.SequenceEqual(expected), () => $"sorted as {string.Join(" ", sorted)}");
            }
        }

        result.AssertAllPassExcept(KnownFailures.For(file));
    }

    [Fact]
    public void UniversOpenSslVersionsSortInTheExpectedOrder()
    {
        var expected = VersionFixtures.UniversJson("openssl", "openssl_versort_expected.json").EnumerateArray()
            .Select(v => v.GetProperty("string").GetString()!).ToList();
        var all = File.ReadLines(MedVigil.Testing.SharedData.Path("versions", "univers", "openssl", "openssl_all_versions.txt"))
            .Where(line => line.Trim().Length > 0).Select(line => line.Trim()).ToList();
        var scheme = VersionFixtures.Scheme("openssl");
        var sorted = all.Select(v => scheme.Parse(v)).Order().Select(v => v.Text).ToList();
        var result = new SuiteResult("openssl_versort_expected.json");
        for (var i = 0; i < expected.Count; i++)
        {
            result.Check($"position {i}: {expected[i]}", i < sorted.Count && sorted[i] == expected[i], () => $"found {sorted.ElementAtOrDefault(i)}");
        }

        result.AssertAllPassExcept(KnownFailures.For("openssl_versort_expected.json"));
    }
}
