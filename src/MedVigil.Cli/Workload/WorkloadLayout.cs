namespace MedVigil.Cli.Workload;

/// <summary>
/// Where a generated workload keeps its documents (bench/README.md describes it): what <c>bench generate</c> writes
/// and <c>bench run</c> reads.
/// </summary>
internal sealed record WorkloadLayout(string Root)
{
    public string Inventory => Path.Combine(Root, "inventory.csv");

    public string Sboms => Path.Combine(Root, "sboms");

    public string SbomIndex => Path.Combine(Sboms, "index.csv");

    /// <summary>One OSV record per file, in a folder per ecosystem (<c>osv/Debian/MVB-2024-000001.json</c>).</summary>
    public string Osv => Path.Combine(Root, "osv");

    /// <summary>NVD CVE API 2.0 response pages of 2,000 records (<c>nvd/page-0000.json</c>).</summary>
    public string Nvd => Path.Combine(Root, "nvd");

    public string Incremental => Path.Combine(Root, "incremental");

    /// <summary>The one new OSV advisory, on a package most model versions contain.</summary>
    public string NewAdvisory => Path.Combine(Incremental, "osv", "MVB-NEW-000001.json");

    /// <summary>The index CSV of the one new SBOM (a new version of an existing model).</summary>
    public string NewSbomIndex => Path.Combine(Incremental, "sboms", "index.csv");

    public static string NvdPage(int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page-{number:D4}.json");
}
