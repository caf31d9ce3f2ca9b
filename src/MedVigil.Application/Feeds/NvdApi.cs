namespace MedVigil.Application.Feeds;

/// <summary>Facts of the NVD CVE API 2.0 that the sync relies on.</summary>
public static class NvdApi
{
    /// <summary>The request header that carries the API key (never logged, never in a URL).</summary>
    public const string ApiKeyHeader = "apiKey";

    public static readonly Uri DefaultUrl = new("https://services.nvd.nist.gov/rest/json/cves/2.0");

    /// <summary>The most results the API returns per page.</summary>
    public const int MaxResultsPerPage = 2000;

    /// <summary>The longest <c>lastModStartDate</c>–<c>lastModEndDate</c> range the API accepts.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(120);
}
