using System.Text.Json;
using MedVigil.Standards.Cvss;

namespace MedVigil.Formats.Csaf;

/// <summary>Mandatory tests 6.1.7–6.1.10 on <c>/vulnerabilities/*/scores</c>.</summary>
internal static class CsafScoreTests
{
    public static CsafMandatoryTest SameVersionTwice { get; } = new("6.1.7", SameVersion);

    public static CsafMandatoryTest InvalidCvss { get; } = new("6.1.8", Invalid);

    public static CsafMandatoryTest InvalidComputation { get; } = new("6.1.9", Computation);

    public static CsafMandatoryTest InconsistentCvss { get; } = new("6.1.10", Inconsistent);

    private static IEnumerable<(string, string)> SameVersion(JsonElement root)
    {
        foreach (var vulnerability in CsafSelect.All(root, "/vulnerabilities/*"))
        {
            var seen = new HashSet<(string Product, string Version)>();
            foreach (var score in CsafSelect.All(vulnerability, "/scores/*"))
            {
                string?[] versions = [score.Member("cvss_v2") is null ? null : "2.0", score.Member("cvss_v3")?.MemberText("version")];
                foreach (var product in CsafSelect.All(score, "/products/*").Where(p => p.Text is not null))
                {
                    foreach (var version in versions.OfType<string>())
                    {
                        if (!seen.Add((product.Text!, version)))
                        {
                            yield return (product.Pointer, $"The product '{product.Text}' has a second CVSS v{version} score in this vulnerability.");
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<(string, string)> Invalid(JsonElement root) =>
        CsafSelect.All(root, "/vulnerabilities/*/scores/*/cvss_v2")
            .SelectMany(cvss => Schema(cvss, ["2.0"], CsafCvssProperties.V2, v => Cvss2Vector.TryParse(v, out _), "version", "vectorString", "baseScore"))
            .Concat(CsafSelect.All(root, "/vulnerabilities/*/scores/*/cvss_v3")
                .SelectMany(cvss => Schema(cvss, ["3.0", "3.1"], CsafCvssProperties.V3, v => Cvss3Vector.TryParse(v, out _), "version", "vectorString", "baseScore", "baseSeverity")));

    /// <summary>What the FIRST schema of the CVSS object requires: members, version, vector syntax, enumerations, score range.</summary>
    private static IEnumerable<(string, string)> Schema(
        CsafNode cvss, string[] versions, IReadOnlyList<CsafCvssProperty> properties, Func<string, bool> isVector, params string[] required)
    {
        foreach (var problem in Required(cvss, required))
        {
            yield return problem;
        }

        if (cvss.Member("version") is { } version && !versions.Contains(version.Text, StringComparer.Ordinal))
        {
            yield return (version.Pointer, $"The version must be {string.Join(" or ", versions)}.");
        }

        if (cvss.Member("vectorString") is { } vector && (vector.Text is null || !isVector(vector.Text)))
        {
            yield return (vector.Pointer, $"'{vector.Value}' is not a CVSS v{versions[0][0]} vector.");
        }

        foreach (var property in properties)
        {
            if (cvss.Member(property.Name) is { } value && !property.Values.Contains(value.Text, StringComparer.Ordinal))
            {
                yield return (value.Pointer, $"{property.Name} must be one of {string.Join(", ", property.Values)}.");
            }
        }

        foreach (var name in CsafCvssProperties.Scores)
        {
            if (cvss.Member(name) is { } score && !(score.Value.ValueKind == JsonValueKind.Number && score.Value.TryGetDecimal(out var number) && number is >= 0 and <= 10))
            {
                yield return (score.Pointer, $"{name} must be a number from 0 to 10.");
            }
        }
    }

    private static IEnumerable<(string, string)> Required(CsafNode cvss, params string[] names) =>
        names.Where(n => cvss.Member(n) is null).Select(n => (CsafPointer.Property(cvss.Pointer, n), $"The CVSS object lacks the required '{n}'."));

    private static IEnumerable<(string, string)> Computation(JsonElement root)
    {
        foreach (var cvss in CsafSelect.All(root, "/vulnerabilities/*/scores/*/cvss_v2"))
        {
            if (Cvss2Vector.TryParse(cvss.MemberText("vectorString"), out var vector))
            {
                foreach (var problem in Scores(cvss, vector.BaseScore, vector.TemporalScore, vector.EnvironmentalScore))
                {
                    yield return problem;
                }
            }
        }

        foreach (var cvss in CsafSelect.All(root, "/vulnerabilities/*/scores/*/cvss_v3"))
        {
            if (!Cvss3Vector.TryParse(cvss.MemberText("vectorString"), out var vector))
            {
                continue;
            }

            foreach (var problem in Scores(cvss, vector.BaseScore, vector.TemporalScore, vector.EnvironmentalScore))
            {
                yield return problem;
            }

            foreach (var (name, score) in new[] { ("baseSeverity", vector.BaseScore), ("temporalSeverity", vector.TemporalScore), ("environmentalSeverity", vector.EnvironmentalScore) })
            {
                var expected = score.Severity.ToString().ToUpperInvariant();
                if (cvss.Member(name) is { Text: { } given } at && !string.Equals(given, expected, StringComparison.Ordinal))
                {
                    yield return (at.Pointer, $"{name} is {given} but the vector gives {expected}.");
                }
            }
        }
    }

    private static IEnumerable<(string, string)> Scores(CsafNode cvss, CvssScore baseScore, CvssScore temporal, CvssScore environmental)
    {
        foreach (var (name, expected) in new[] { ("baseScore", baseScore), ("temporalScore", temporal), ("environmentalScore", environmental) })
        {
            if (cvss.Member(name) is { } at && at.Value.ValueKind == JsonValueKind.Number && at.Value.TryGetDecimal(out var given) && given != expected.Value)
            {
                yield return (at.Pointer, $"{name} is {given} but the vector gives {expected}.");
            }
        }
    }

    private static IEnumerable<(string, string)> Inconsistent(JsonElement root)
    {
        foreach (var cvss in CsafSelect.All(root, "/vulnerabilities/*/scores/*/cvss_v2"))
        {
            if (Cvss2Vector.TryParse(cvss.MemberText("vectorString"), out var vector))
            {
                foreach (var problem in Properties(cvss, CsafCvssProperties.V2, CsafCvssProperties.V2Code, m => vector.GetMetric(m) ?? "ND"))
                {
                    yield return problem;
                }
            }
        }

        foreach (var cvss in CsafSelect.All(root, "/vulnerabilities/*/scores/*/cvss_v3"))
        {
            if (!Cvss3Vector.TryParse(cvss.MemberText("vectorString"), out var vector))
            {
                continue;
            }

            var prefix = vector.Version == CvssVersion.V30 ? "3.0" : "3.1";
            if (cvss.Member("version") is { Text: { } version } at && !string.Equals(version, prefix, StringComparison.Ordinal))
            {
                yield return (at.Pointer, $"The version is {version} but the vector is CVSS {prefix}.");
            }

            foreach (var problem in Properties(cvss, CsafCvssProperties.V3, CsafCvssProperties.V3Code, m => vector.GetMetric(m) ?? "X"))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<(string, string)> Properties(
        CsafNode cvss, IReadOnlyList<CsafCvssProperty> properties, Func<string, string> code, Func<string, string> inVector)
    {
        foreach (var (property, metric, _) in properties)
        {
            if (metric is not null && cvss.Member(property) is { Text: { } value } at && !string.Equals(code(value), inVector(metric), StringComparison.Ordinal))
            {
                yield return (at.Pointer, $"{property} is {value} but the vector has {metric}:{inVector(metric)}.");
            }
        }
    }
}
