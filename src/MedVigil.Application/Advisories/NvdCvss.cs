using MedVigil.Formats.Nvd;

namespace MedVigil.Application.Advisories;

/// <summary>Picks the CVSS metric of an NVD record kept on the <see cref="Domain.Vulnerabilities.Vulnerability"/>.</summary>
internal static class NvdCvss
{
    // v3.1 first (what NVD scores today), then v4.0, v3.0, and v2 for old records.
    private static readonly string[] Preference = ["3.1", "4.0", "3.0", "2.0"];

    /// <summary>
    /// The metric of the most preferred version present, the <c>Primary</c> one (NVD's own) when there is one, else the
    /// first in file order; null when the record has no metric. The other metrics stay in the raw bytes.
    /// </summary>
    public static NvdCvssMetric? Primary(NvdCve record)
    {
        foreach (var version in Preference)
        {
            var metrics = record.Metrics.Where(m => string.Equals(m.CvssVersion, version, StringComparison.Ordinal)).ToList();
            if (metrics.Count > 0)
            {
                return metrics.FirstOrDefault(m => string.Equals(m.Type, "Primary", StringComparison.Ordinal)) ?? metrics[0];
            }
        }

        return null;
    }
}
