using System.Text.Json;
using MedVigil.Standards.Purl;

namespace MedVigil.Standards.Tests.Purl;

/// <summary>
/// Runs official purl-spec cases. "required" cases run strict (they define ECMA-427 conformance); "recommended" ones,
/// which show how to repair input until it passes the required ones, run lenient (purl-spec issue #942).
/// </summary>
internal static class PurlSuiteRunner
{
    /// <summary>Null when the case passes, else what went wrong.</summary>
    public static string? Run(PurlSuiteCase test)
    {
        var mode = test.Group == "required" ? PurlParseMode.Strict : PurlParseMode.Lenient;
        return test.TestType switch
        {
            "parse" => Parse(test.Input.GetString()!, mode, test.ExpectedFailure, test.ExpectedOutput),
            "build" => Build(Components(test.Input), mode, test.ExpectedFailure, test.ExpectedOutput),
            "validate" or "roundtrip" => Canonical(test.Input.GetString()!, mode, test.ExpectedFailure, test.ExpectedOutput.GetString()),
            _ => $"unknown test type '{test.TestType}'",
        };
    }

    public static string? Parse(string input, PurlParseMode mode, bool expectFailure, JsonElement expected)
    {
        var parsed = PackageUrl.TryParse(input, mode, out var purl, out var error);
        if (expectFailure || !parsed)
        {
            return parsed == !expectFailure ? null : Outcome(expectFailure, purl, error);
        }

        var actual = Describe(purl!.Type, purl.Namespace, purl.Name, purl.Version,
            purl.Qualifiers.ToDictionary(q => q.Key, q => (string?)q.Value), purl.Subpath);
        var wanted = Describe(Components(expected));
        return actual == wanted ? null : $"parsed as {actual}, expected {wanted}";
    }

    public static string? Build(PurlComponents input, PurlParseMode mode, bool expectFailure, JsonElement expected)
    {
        var built = PackageUrl.TryCreate(input, mode, out var purl, out var error);
        if (expectFailure || !built)
        {
            return built == !expectFailure ? null : Outcome(expectFailure, purl, error);
        }

        return purl!.ToString() == expected.GetString() ? null : $"built '{purl}', expected '{expected.GetString()}'";
    }

    public static string? Canonical(string input, PurlParseMode mode, bool expectFailure, string? expected)
    {
        var parsed = PackageUrl.TryParse(input, mode, out var purl, out var error);
        if (expectFailure || !parsed)
        {
            return parsed == !expectFailure ? null : Outcome(expectFailure, purl, error);
        }

        return purl!.ToString() == expected ? null : $"canonical '{purl}', expected '{expected}'";
    }

    public static PurlComponents Components(JsonElement json) => new()
    {
        Type = Text(json, "type"),
        Namespace = Text(json, "namespace"),
        Name = Text(json, "name"),
        Version = Text(json, "version"),
        Qualifiers = json.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object
            ? q.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString())).ToList()
            : null,
        Subpath = Text(json, "subpath"),
    };

    private static string? Text(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Outcome(bool expectFailure, PackageUrl? purl, PurlError? error) => expectFailure
        ? $"accepted as '{purl}', expected a failure"
        : $"rejected: {error?.Message}";

    private static string Describe(PurlComponents c) =>
        Describe(c.Type, c.Namespace, c.Name, c.Version, c.Qualifiers?.ToDictionary(p => p.Key, p => p.Value), c.Subpath);

    private static string Describe(
        string? type, string? ns, string? name, string? version, Dictionary<string, string?>? qualifiers, string? subpath)
    {
        var pairs = string.Join("&", (qualifiers ?? []).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return $"[type={type} namespace={ns} name={name} version={version} qualifiers={pairs} subpath={subpath}]";
    }
}
