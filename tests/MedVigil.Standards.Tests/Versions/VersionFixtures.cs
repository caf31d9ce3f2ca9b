using System.Text.Json;
using MedVigil.Standards.Versions;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Versions;

/// <summary>Reads the shared version fixtures (never copied into the repository).</summary>
internal static class VersionFixtures
{
    /// <summary>The osv-scalibr ordering files and the scheme each one exercises.</summary>
    public static readonly IReadOnlyDictionary<string, string> OsvSchemes = new Dictionary<string, string>
    {
        ["alpine"] = "apk", ["cran"] = "cran", ["hackage"] = "hackage", ["nuget"] = "nuget", ["packagist"] = "composer",
        ["pub"] = "pub", ["pypi"] = "pypi", ["redhat"] = "rpm", ["rubygems"] = "gem", ["semver"] = "semver",
    };

    /// <summary>One comparison line of an osv-scalibr file: <c>left op right</c>, with op one of &lt;, = and &gt;.</summary>
    public sealed record Comparison(string Line, string Left, int Expected, string Right);

    public static IEnumerable<Comparison> OsvComparisons(string file) =>
        File.ReadLines(SharedData.Path("versions", "osv-scalibr-semantic", file))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("//", StringComparison.Ordinal))
            .Select(Parse);

    public static IEnumerable<Comparison> PackagistCases() =>
        File.ReadLines(SharedData.Path("versions", "osv.dev", "packagist_test_cases.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("//", StringComparison.Ordinal))
            .Select(Parse);

    public static JsonElement VersSpecTests(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.Path("versions", "vers-spec", "tests", file)));
        return document.RootElement.GetProperty("tests").Clone();
    }

    public static JsonElement UniversJson(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.Path(["versions", "univers", .. path])));
        return document.RootElement.Clone();
    }

    /// <summary>Every distinct version string the shared fixtures hold for a scheme.</summary>
    public static IReadOnlyList<string> Versions(string scheme)
    {
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (prefix, name) in OsvSchemes.Where(pair => pair.Value == scheme))
        {
            foreach (var file in Directory.GetFiles(SharedData.Path("versions", "osv-scalibr-semantic"), prefix + "-versions*.txt"))
            {
                foreach (var comparison in OsvComparisons(Path.GetFileName(file)))
                {
                    versions.Add(comparison.Left);
                    versions.Add(comparison.Right);
                }
            }
        }

        foreach (var file in Directory.GetFiles(SharedData.Path("versions", "vers-spec", "tests"), "*.json"))
        {
            foreach (var test in VersSpecTests(Path.GetFileName(file)).EnumerateArray())
            {
                if (test.GetProperty("input") is { ValueKind: JsonValueKind.Object } input
                    && input.TryGetProperty("input_scheme", out var inputScheme) && inputScheme.GetString() == scheme)
                {
                    versions.UnionWith(input.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!));
                }
            }
        }

        if (scheme == "openssl")
        {
            versions.UnionWith(File.ReadLines(SharedData.Path("versions", "univers", "openssl", "openssl_all_versions.txt")).Select(l => l.Trim()).Where(l => l.Length > 0));
        }

        return [.. versions.Order(StringComparer.Ordinal)];
    }

    public static VersionScheme Scheme(string name) =>
        VersionSchemes.TryGet(name, out var scheme) ? scheme : throw new InvalidOperationException($"No scheme '{name}'.");

    private static Comparison Parse(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts[1] is not ("<" or "=" or ">"))
        {
            throw new FormatException($"Unexpected fixture line '{line}'.");
        }

        return new Comparison(line, parts[0], parts[1] switch { "<" => -1, "=" => 0, _ => 1 }, parts[2]);
    }
}
