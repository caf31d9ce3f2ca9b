namespace MedVigil.Formats.Epss;

/// <summary>One row of an EPSS file: the probability of exploitation in the next 30 days and its percentile.</summary>
/// <param name="Cve">The CVE id, e.g. <c>CVE-1999-0001</c>.</param>
/// <param name="Epss">The probability, 0 to 1.</param>
/// <param name="Percentile">The share of scored CVEs with an equal or lower score, 0 to 1.</param>
public sealed record EpssScore(string Cve, double Epss, double Percentile);

/// <summary>What the first-line comment says about a file, and how many rows were read.</summary>
/// <param name="ModelVersion">e.g. <c>v2025.03.14</c>; null when the file has no comment line.</param>
/// <param name="ScoreDate">When the scores were computed; null when the file has no comment line.</param>
/// <param name="Rows">The rows handed to the callback (bad rows are issues and not counted).</param>
public sealed record EpssFile(string? ModelVersion, DateTimeOffset? ScoreDate, long Rows);
