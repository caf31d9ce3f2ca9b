using System.Globalization;
using System.Text.Json;

namespace MedVigil.Cli.Workload;

/// <summary>
/// Writes OSV 1.6 records: per affected package, SEMVER (npm, Go) or ECOSYSTEM ranges with one to three
/// introduced/fixed pairs, <c>introduced: "0"</c>, <c>last_affected</c>, and explicit <c>versions</c> lists.
/// </summary>
internal static class OsvWriter
{
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="packages">The affected packages, each with the shape of its range drawn from <paramref name="random"/>.</param>
    public static void Write(Stream stream, string id, string? alias, IReadOnlyList<WorkloadPackage> packages, DateTimeOffset modified, Random random)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("schema_version", "1.6.0");
        json.WriteString("id", id);
        json.WriteString("modified", modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteString("published", modified.AddDays(-random.Next(1, 400)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        if (alias is not null)
        {
            json.WriteStartArray("aliases");
            json.WriteStringValue(alias);
            json.WriteEndArray();
        }

        json.WriteString("summary", $"Memory corruption in {packages[0].OsvName}");
        json.WriteString("details", $"A crafted input lets a remote attacker corrupt memory in {packages[0].OsvName} (generated benchmark record).");
        json.WriteStartArray("affected");
        foreach (var package in packages)
        {
            Affected(json, package, random);
        }

        json.WriteEndArray();
        var cvss = CvssSamples.All[random.Next(CvssSamples.All.Count)];
        json.WriteStartArray("severity");
        json.WriteStartObject();
        json.WriteString("type", "CVSS_V3");
        json.WriteString("score", cvss.Vector);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("references");
        json.WriteStartObject();
        json.WriteString("type", "ADVISORY");
        json.WriteString("url", $"https://bench.medvigil.example/osv/{id}");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static DateTimeOffset Modified(int n) => Epoch.AddSeconds(97L * n);

    /// <summary>Every installed version of the package affected: introduced 0, fixed the newest (the new-advisory case).</summary>
    public static void WriteAllAffected(Stream stream, string id, WorkloadPackage package, DateTimeOffset modified)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("schema_version", "1.6.0");
        json.WriteString("id", id);
        json.WriteString("modified", modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteString("summary", $"Buffer overflow in {package.OsvName} (the incremental benchmark advisory)");
        json.WriteStartArray("affected");
        json.WriteStartObject();
        Package(json, package);
        json.WriteStartArray("ranges");
        Range(json, package, [("introduced", "0"), ("fixed", package.OsvVersion(package.Versions.Count - 1))]);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Affected(Utf8JsonWriter json, WorkloadPackage package, Random random)
    {
        json.WriteStartObject();
        Package(json, package);
        var last = package.Versions.Count - 1;
        // Go records have ranges only (the Go vulnerability database writes no versions lists).
        var shape = random.Next(package.Ecosystem == WorkloadEcosystem.Golang ? 9 : 10);
        var affected = new List<int>();
        if (shape < 9)
        {
            json.WriteStartArray("ranges");
            var events = new List<(string, string)>();
            if (shape < 4)
            {
                var fixedAt = 1 + random.Next(last);
                events.Add(("introduced", "0"));
                events.Add(("fixed", package.OsvVersion(fixedAt)));
                affected.AddRange(Enumerable.Range(0, fixedAt));
            }
            else if (shape == 7)
            {
                var (from, to) = Pair(random, last);
                events.Add(("introduced", package.OsvVersion(from)));
                events.Add(("last_affected", package.OsvVersion(to)));
                affected.AddRange(Enumerable.Range(from, to - from + 1));
            }
            else
            {
                // Disjoint intervals on one range, as OSV writes several release branches.
                var cuts = Enumerable.Range(0, last + 1).OrderBy(_ => random.Next()).Take(shape == 8 ? 6 : 4).Order().ToList();
                for (var i = 0; i + 1 < cuts.Count; i += 2)
                {
                    events.Add(("introduced", package.OsvVersion(cuts[i])));
                    events.Add(("fixed", package.OsvVersion(cuts[i + 1])));
                    affected.AddRange(Enumerable.Range(cuts[i], cuts[i + 1] - cuts[i]));
                }
            }

            Range(json, package, events);
            json.WriteEndArray();
        }
        else
        {
            affected.AddRange(Enumerable.Range(0, last).Where(_ => random.Next(3) == 0).DefaultIfEmpty(0));
        }

        if ((shape >= 9 || random.Next(10) < 3) && package.Ecosystem != WorkloadEcosystem.Golang)
        {
            json.WriteStartArray("versions");
            foreach (var index in affected.Distinct().Order())
            {
                json.WriteStringValue(package.Versions[index]);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static (int From, int To) Pair(Random random, int last)
    {
        // Distinct bounds (the OSV reader refuses a version in two events), both installed versions.
        var from = random.Next(last - 1);
        return (from, from + 1 + random.Next(last - 1 - from));
    }

    private static void Package(Utf8JsonWriter json, WorkloadPackage package)
    {
        json.WriteStartObject("package");
        json.WriteString("ecosystem", package.Ecosystem.OsvEcosystem);
        json.WriteString("name", package.OsvName);
        json.WriteEndObject();
    }

    private static void Range(Utf8JsonWriter json, WorkloadPackage package, List<(string Kind, string Version)> events)
    {
        json.WriteStartObject();
        json.WriteString("type", package.Ecosystem.RangeType);
        json.WriteStartArray("events");
        foreach (var (kind, version) in events)
        {
            json.WriteStartObject();
            json.WriteString(kind, version);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
