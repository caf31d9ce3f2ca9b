using MedVigil.Domain.Common;

namespace MedVigil.Domain.Vulnerabilities;

/// <summary>
/// The FIRST EPSS score of one CVE: the probability of exploitation in the next 30 days and its percentile, from the
/// newest imported daily file. Global reference data keyed by CVE id; a file with a newer score date replaces it.
/// </summary>
public sealed class EpssScore
{
    private EpssScore()
    {
        CveId = string.Empty;
    }

    public string CveId { get; private set; }

    /// <summary>The probability, 0 to 1.</summary>
    public double Score { get; private set; }

    /// <summary>The share of scored CVEs with an equal or lower score, 0 to 1.</summary>
    public double Percentile { get; private set; }

    /// <summary>The EPSS model, e.g. <c>v2025.03.14</c>, when the file said.</summary>
    public string? ModelVersion { get; private set; }

    public DateTimeOffset ScoreDate { get; private set; }

    public static EpssScore Create(string cveId, double score, double percentile, string? modelVersion, DateTimeOffset scoreDate) => new()
    {
        CveId = Guard.Text(cveId, nameof(cveId), 100),
        Score = score,
        Percentile = percentile,
        ModelVersion = Guard.OptionalText(modelVersion, nameof(modelVersion), 40),
        ScoreDate = scoreDate.ToUniversalTime(),
    };
}
