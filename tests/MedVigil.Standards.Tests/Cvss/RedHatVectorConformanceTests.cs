using MedVigil.Standards.Cvss;

namespace MedVigil.Standards.Tests.Cvss;

/// <summary>
/// Every vector in ../shared/data/cvss/redhat-vectors/* (7,038, RedHatProductSecurity/cvss test data) must parse as
/// the file's version and score exactly as expected. A failure is allowed only when listed in
/// <see cref="KnownFailures"/> with its reason, and a listed failure that starts passing fails the test too.
/// </summary>
public sealed class RedHatVectorConformanceTests
{
    /// <summary>"file: vector" → why our score differs. Empty: every case passes.</summary>
    private static readonly Dictionary<string, string> KnownFailures = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("vectors_simple2", CvssVersion.V20)] // all 729 v2.0 Base vectors (3^6), incl. the all-None impact ('-0.0')
    [InlineData("vectors_calculator2", CvssVersion.V20)] // v2.0 Temporal and Environmental, checked against the NVD calculator
    [InlineData("vectors_simple3", CvssVersion.V30)] // all 2,592 v3.0 Base vectors
    [InlineData("vectors_calculator3", CvssVersion.V30)] // v3.0 out-of-order metrics, explicit X, full Environmental
    [InlineData("vectors_simple31", CvssVersion.V31)] // all 2,592 v3.1 Base vectors (the integer Roundup)
    [InlineData("vectors_simple4", CvssVersion.V40)] // 1,058 v4.0 Base vectors; 6 of them need exact decimal rounding
    [InlineData("vectors_threat4", CvssVersion.V40)] // v4.0 CVSS-BT: Exploit Maturity A/P/U
    [InlineData("vectors_security4", CvssVersion.V40)] // v4.0 CVSS-BE: every CR/IR/AR combination
    public void EveryVectorInTheFileParsesAndScoresAsExpected(string file, CvssVersion version)
    {
        var cases = RedHatVectorFile.Read(file);
        var failures = cases
            .Select(c => (Case: c, Reason: Check(c, version)))
            .Where(r => r.Reason is not null)
            .ToDictionary(r => $"{file}: {r.Case.Vector}", r => $"{r.Case}: {r.Reason}", StringComparer.Ordinal);
        var known = KnownFailures.Keys.Where(k => k.StartsWith(file + ": ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        TestContext.Current.TestOutputHelper?.WriteLine($"{file}: {cases.Count - failures.Count}/{cases.Count} pass, {known.Count} known failures");
        failures.Keys.Except(known).Select(k => failures[k]).ShouldBeEmpty($"{file}: unexpected failures");
        known.Except(failures.Keys).ShouldBeEmpty($"{file}: known failures that now pass (remove them from KnownFailures)");
    }

    /// <summary>Null when the case passes, else why it fails.</summary>
    private static string? Check(RedHatVectorCase c, CvssVersion version)
    {
        if (!CvssVector.TryParse(c.Vector, out var vector, out var error))
        {
            return $"does not parse: {error.Message}";
        }

        if (vector.Version != version)
        {
            return $"parsed as {vector.Version}, the file holds {version}";
        }

        return vector.Version switch
        {
            CvssVersion.V20 => Compare(c, vector.Score, vector.Cvss2!.Value.TemporalScore, vector.Cvss2.Value.HasTemporalMetrics,
                vector.Cvss2.Value.EnvironmentalScore, vector.Cvss2.Value.HasEnvironmentalMetrics),
            CvssVersion.V40 => Compare(c, vector.Score, default, false, default, false),
            _ => Compare(c, vector.Score, vector.Cvss3!.Value.TemporalScore, true, vector.Cvss3.Value.EnvironmentalScore, true),
        };
    }

    /// <summary>Expected None means the tool reports no score for that group: the vector must define none of its metrics.</summary>
    private static string? Compare(
        RedHatVectorCase c, CvssScore score, CvssScore temporal, bool hasTemporal, CvssScore environmental, bool hasEnvironmental)
    {
        var problems = new List<string>();
        if (c.Score != score.Value)
        {
            problems.Add($"score {score}, expected {c.Score}");
        }

        if (c.Temporal is { } t ? temporal.Value != t : hasTemporal)
        {
            problems.Add($"temporal {(hasTemporal ? temporal : "none")}, expected {c.Temporal?.ToString() ?? "none"}");
        }

        if (c.Environmental is { } e ? environmental.Value != e : hasEnvironmental)
        {
            problems.Add($"environmental {(hasEnvironmental ? environmental : "none")}, expected {c.Environmental?.ToString() ?? "none"}");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
