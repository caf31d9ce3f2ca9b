using System.Globalization;
using System.Text.Json;

namespace MedVigil.Cli.Workload;

/// <summary>
/// Writes NVD CVE API 2.0 response pages. Each CVE has a CPE configuration on a generic package or an operating
/// system: version ranges (start/end, including/excluding), exact versions, two ranges in one node, and AND
/// configurations whose second node is a <c>vulnerable: false</c> platform (Windows or Linux), as NVD writes
/// "running on".
/// </summary>
internal static class NvdWriter
{
    public const int PageSize = 2_000;

    private static readonly DateTimeOffset Epoch = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void WritePage(Stream stream, int startIndex, int total, int count, PackageCatalog catalog, Random random)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("resultsPerPage", count);
        json.WriteNumber("startIndex", startIndex);
        json.WriteNumber("totalResults", total);
        json.WriteString("format", "NVD_CVE");
        json.WriteString("version", "2.0");
        json.WriteString("timestamp", "2026-12-01T00:00:00.000");
        json.WriteStartArray("vulnerabilities");
        for (var n = startIndex; n < startIndex + count; n++)
        {
            Record(json, n, catalog, random);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string CveId(int n) => string.Create(CultureInfo.InvariantCulture, $"CVE-{2010 + n % 16}-{20_000 + n}");

    private static void Record(Utf8JsonWriter json, int n, PackageCatalog catalog, Random random)
    {
        var modified = Epoch.AddSeconds(541L * n);
        json.WriteStartObject();
        json.WriteStartObject("cve");
        json.WriteString("id", CveId(n));
        json.WriteString("sourceIdentifier", "bench@medvigil.example");
        json.WriteString("published", Timestamp(modified.AddDays(-random.Next(1, 200))));
        json.WriteString("lastModified", Timestamp(modified));
        json.WriteString("vulnStatus", "Analyzed");
        json.WriteStartArray("descriptions");
        json.WriteStartObject();
        json.WriteString("lang", "en");
        json.WriteString("value", "A generated benchmark vulnerability with a CPE configuration.");
        json.WriteEndObject();
        json.WriteEndArray();
        Metrics(json, random);
        json.WriteStartArray("configurations");
        json.WriteStartObject();
        Configuration(json, catalog, random);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("references");
        json.WriteStartObject();
        json.WriteString("url", $"https://bench.medvigil.example/nvd/{CveId(n)}");
        json.WriteString("source", "bench@medvigil.example");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Configuration(Utf8JsonWriter json, PackageCatalog catalog, Random random)
    {
        var kind = random.Next(100);
        if (kind < 15)
        {
            OperatingSystem(json, random);
            return;
        }

        var generic = WorkloadEcosystem.Generic;
        var package = random.Next(10) == 0 ? catalog.Pick(generic, random) : catalog.PickUniform(generic, random);
        var shape = random.Next(10);
        if (shape is 7 or 8)
        {
            json.WriteString("operator", "AND");
        }

        json.WriteStartArray("nodes");
        json.WriteStartObject();
        json.WriteString("operator", "OR");
        json.WriteBoolean("negate", false);
        json.WriteStartArray("cpeMatch");
        var last = package.Versions.Count - 1;
        if (shape == 9)
        {
            Match(json, random, true, WorkloadPackage.CpeName(package.CpeVendor!, package.CpeProduct!, WorkloadPackage.CpeEscape(package.Versions[random.Next(last)])));
        }
        else
        {
            var wildcard = WorkloadPackage.CpeName(package.CpeVendor!, package.CpeProduct!, "*");
            var end = 1 + random.Next(last);
            var start = random.Next(2) == 0 ? null : package.Versions[random.Next(end)];
            Match(json, random, true, wildcard, start, package.Versions[end]);
            if (shape is 5 or 6 && end < last)
            {
                Match(json, random, true, wildcard, package.Versions[end + ((last - end) / 2)], endIncluding: package.Versions[last]);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (shape is 7 or 8)
        {
            // "Running on": the application is vulnerable only on this platform.
            json.WriteStartObject();
            json.WriteString("operator", "OR");
            json.WriteBoolean("negate", false);
            json.WriteStartArray("cpeMatch");
            Match(json, random, false, random.Next(2) == 0
                ? "cpe:2.3:o:microsoft:windows:-:*:*:*:*:*:*:*"
                : "cpe:2.3:o:linux:linux_kernel:-:*:*:*:*:*:*:*");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void OperatingSystem(Utf8JsonWriter json, Random random)
    {
        json.WriteStartArray("nodes");
        json.WriteStartObject();
        json.WriteString("operator", "OR");
        json.WriteBoolean("negate", false);
        json.WriteStartArray("cpeMatch");
        if (random.Next(10) == 0)
        {
            Match(json, random, true, "cpe:2.3:o:microsoft:windows:10:*:*:*:*:*:*:*");
        }
        else
        {
            var major = 4 + random.Next(3);
            Match(json, random, true, "cpe:2.3:o:linux:linux_kernel:*:*:*:*:*:*:*:*",
                string.Create(CultureInfo.InvariantCulture, $"{major}.0"),
                endExcluding: string.Create(CultureInfo.InvariantCulture, $"{major}.{random.Next(20)}.{random.Next(100)}"));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void Match(Utf8JsonWriter json, Random random, bool vulnerable, string criteria,
        string? startIncluding = null, string? endExcluding = null, string? endIncluding = null)
    {
        json.WriteStartObject();
        json.WriteBoolean("vulnerable", vulnerable);
        json.WriteString("criteria", criteria);
        if (startIncluding is not null)
        {
            json.WriteString("versionStartIncluding", startIncluding);
        }

        if (endExcluding is { } end)
        {
            json.WriteString("versionEndExcluding", end);
        }

        if (endIncluding is not null)
        {
            json.WriteString("versionEndIncluding", endIncluding);
        }

        var id = new byte[16];
        random.NextBytes(id);
        json.WriteString("matchCriteriaId", new Guid(id).ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant());
        json.WriteEndObject();
    }

    private static void Metrics(Utf8JsonWriter json, Random random)
    {
        var (vector, score, severity) = CvssSamples.All[random.Next(CvssSamples.All.Count)];
        json.WriteStartObject("metrics");
        json.WriteStartArray("cvssMetricV31");
        json.WriteStartObject();
        json.WriteString("source", "nvd@nist.gov");
        json.WriteString("type", "Primary");
        json.WriteStartObject("cvssData");
        json.WriteString("version", "3.1");
        json.WriteString("vectorString", vector);
        json.WriteNumber("baseScore", score);
        json.WriteString("baseSeverity", severity);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Timestamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
