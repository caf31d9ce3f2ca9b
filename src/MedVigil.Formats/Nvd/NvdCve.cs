namespace MedVigil.Formats.Nvd;

/// <summary>One response of the NVD CVE API 2.0: a page of up to 2,000 CVE records.</summary>
/// <param name="ResultsPerPage">The records on this page (checked against <see cref="Vulnerabilities"/>).</param>
/// <param name="StartIndex">The index of the first record of this page in the whole result.</param>
/// <param name="TotalResults">The records of the whole result, over all pages.</param>
/// <param name="Timestamp">When NVD produced the response (NVD writes it without an offset; read as UTC).</param>
public sealed record NvdCvePage(
    int ResultsPerPage,
    int StartIndex,
    int TotalResults,
    string? Format,
    string? Version,
    DateTimeOffset Timestamp,
    IReadOnlyList<NvdCve> Vulnerabilities);

/// <summary>One CVE record as NVD publishes it: descriptions, CVSS metrics, weaknesses, and the CPE configurations whole.</summary>
/// <param name="Published">Publication time (UTC; NVD writes no offset).</param>
/// <param name="LastModified">Last change (UTC): a newer value supersedes an older record of the same id.</param>
/// <param name="VulnStatus">e.g. <c>Analyzed</c>, <c>Modified</c>, <c>Awaiting Analysis</c>, <c>Rejected</c>.</param>
/// <param name="Metrics">All CVSS metrics of every version, v2 first, in file order within a version.</param>
/// <param name="Configurations">The applicability statements, as NVD wrote them (see <see cref="NvdConfiguration"/>).</param>
public sealed record NvdCve(
    string Id,
    string? SourceIdentifier,
    DateTimeOffset Published,
    DateTimeOffset LastModified,
    string? VulnStatus,
    IReadOnlyList<NvdText> Descriptions,
    IReadOnlyList<NvdCvssMetric> Metrics,
    IReadOnlyList<NvdWeakness> Weaknesses,
    IReadOnlyList<NvdConfiguration> Configurations,
    IReadOnlyList<NvdReference> References);

/// <summary>A text in a language (<c>en</c>, <c>es</c>…).</summary>
public sealed record NvdText(string Lang, string Value);

/// <summary>A reference URL, with who added it and its tags (<c>Patch</c>, <c>Vendor Advisory</c>…).</summary>
public sealed record NvdReference(string Url, string? Source, IReadOnlyList<string> Tags);

/// <summary>A weakness: CWE ids (<c>CWE-79</c>, <c>NVD-CWE-Other</c>…) from one source.</summary>
/// <param name="Type"><c>Primary</c> or <c>Secondary</c>.</param>
public sealed record NvdWeakness(string Source, string Type, IReadOnlyList<NvdText> Description);

/// <summary>One CVSS metric of a record.</summary>
/// <param name="CvssVersion">The version of the metric's list: <c>2.0</c>, <c>3.0</c>, <c>3.1</c> or <c>4.0</c>.</param>
/// <param name="Source">Who scored it (<c>nvd@nist.gov</c> or a CNA).</param>
/// <param name="Type"><c>Primary</c> or <c>Secondary</c>.</param>
/// <param name="VectorString">The vector, e.g. <c>CVSS:3.1/AV:N/…</c> (v2 vectors have no prefix).</param>
/// <param name="BaseScore">0 to 10.</param>
/// <param name="BaseSeverity">From <c>cvssData</c> (v3, v4) or the metric itself (v2); null when absent.</param>
public sealed record NvdCvssMetric(string CvssVersion, string Source, string Type, string VectorString, double BaseScore, string? BaseSeverity);
