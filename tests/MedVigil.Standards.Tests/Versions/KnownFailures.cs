namespace MedVigil.Standards.Tests.Versions;

/// <summary>
/// Every conformance case we knowingly fail, by suite file, with the reason. A listed case that starts passing
/// fails its test, so this list stays true.
/// </summary>
internal static class KnownFailures
{
    private const string NotSemver =
        "not a SemVer 2.0.0 version (it needs exactly MAJOR.MINOR.PATCH); osv-scalibr reads it with its lenient 'semver-like' parser, MedVigil rejects it rather than guess";

    private const string PhpHash =
        "PHP's version_compare turns '#' into a separator, so '1.2.3.#' reads as '1.2.3' (less than '1.2.3.1'); osv treats '#' as a wildcard equal to any number. MedVigil follows PHP (Composer itself rejects '1.2.3.#')";

    private const string PypiNoDigits =
        "no digit at all: packaging's retired LegacyVersion accepted any text, MedVigil accepts legacy PyPI versions only when they contain a digit so that garbage is reported";

    private const string GemMalformed =
        "Gem::Version raises 'Malformed version number string' for it (a letter may not follow a digit without '.'); osv-scalibr does not validate";

    private const string EmptyConanRange =
        "the empty Conan range: Conan 2 reads it as '>=0.0.0' (any release) and so does MedVigil; univers emits 'vers:conan/', which is not a valid vers (a vers needs at least one constraint)";

    private static readonly Dictionary<string, Dictionary<string, string>> BySuite = new()
    {
        ["vers_canonical_parse_test.json"] = new()
        {
            ["#6 vers:npm/1.0%252F0"] =
                "the decoding is right ('1.0%2F0'), but that is not an npm version (node-semver rejects it) and MedVigil parses every version under its scheme so that it can order and contain it",
        },
        ["conan_range_from_native_test.json"] = new() { ["#58 ''"] = EmptyConanRange },
        ["conan_gitlab_range_from_native.json"] = new() { ["#113 "] = EmptyConanRange, ["#143 "] = EmptyConanRange },
        ["semver-versions.txt"] = new()
        {
            ["999999999999999999999999999991 < 999999999999999999999999999999"] = NotSemver,
            ["1.1.3.4.5 = 1.1.3.4.5"] = NotSemver,
        },
        ["pub-versions.txt"] = new()
        {
            ["999999999999999999999999999991 < 999999999999999999999999999999"] = NotSemver + " (pub_semver rejects it too)",
            ["1.1.3.4.5 = 1.1.3.4.5"] = NotSemver + " (pub_semver rejects it too)",
        },
        ["packagist-versions.txt"] = new()
        {
            ["1.2.3.# = 1.2.3.1"] = PhpHash,
        },
        ["packagist_test_cases.txt"] = new()
        {
            ["1.2.3.# = 1.2.3.1"] = PhpHash,
        },
        ["pypi-versions.txt"] = new()
        {
            ["-class.-jw.util.version.version-pre < 1.0"] = PypiNoDigits,
            ["-class.-jw.util.version.version-preview < 1.0"] = PypiNoDigits,
            ["-class.-jw.util.version.version-dev < 1.0"] = PypiNoDigits,
        },
        ["pypi-versions-generated.txt"] = new()
        {
            ["-class.-jw.util.version.Version- < 1.0.dev1"] = PypiNoDigits,
            ["trunk < 3.2.3"] = PypiNoDigits,
        },
        ["rubygems-versions.txt"] = new()
        {
            ["1 > 1beta"] = GemMalformed,
            ["1 > 1gamma"] = GemMalformed,
        },
    };

    public static IReadOnlyDictionary<string, string> For(string suite) =>
        BySuite.TryGetValue(suite, out var failures) ? failures : new Dictionary<string, string>();
}
