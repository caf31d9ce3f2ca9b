using System.Text.RegularExpressions;
using MedVigil.Domain.Findings;
using MedVigil.Formats.Csaf;
using MedVigil.Testing;

namespace MedVigil.Matching.Tests.Devices;

/// <summary>
/// A first precision/recall check on the real CISA medical advisories (issue 5 "done when", first step). For every
/// ICSMA product named by vendor + product name with a one-sided range (<c>&lt;= V</c> or <c>&lt; V</c>), an inventory
/// is built: a device at the boundary, one just inside, one just above (fixed), and a decoy of the same vendor with a
/// different model; names are re-spelled as inventories do (case, ®, legal suffix). Each advisory is matched alone.
/// Expected = the CVEs whose known_affected lists the product and whose range holds the version.
/// </summary>
public sealed partial class IcsmaPrecisionRecallTests
{
    [Fact]
    public void Icsma_devices_match_with_high_precision_and_recall()
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, underInvestigation = 0, devices = 0, advisories = 0;
        var misses = new List<string>();
        foreach (var file in Directory.GetFiles(SharedData.Path("icsma"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = CsafReader.Read(file).Document!;
            var cases = Cases(document).ToList();
            if (cases.Count == 0)
            {
                continue;
            }

            advisories++;
            var engine = new MatchingEngine();
            engine.LoadStatements(CsafStatements.Convert(document));
            foreach (var c in cases)
            {
                engine.LoadTarget(new MatchTarget(c.Id, [], c.Device));
            }

            var findings = engine.EvaluateAll();
            foreach (var c in cases)
            {
                devices++;
                var affected = findings.Where(f => f.TargetId == c.Id && f.Status == FindingStatus.Affected).Select(f => f.VulnerabilityId).ToHashSet(StringComparer.Ordinal);
                underInvestigation += findings.Count(f => f.TargetId == c.Id && f.Status == FindingStatus.UnderInvestigation);
                truePositives += affected.Intersect(c.Expected).Count();
                falsePositives += affected.Except(c.Expected).Count();
                falseNegatives += c.Expected.Except(affected).Count();
                misses.AddRange(c.Expected.Except(affected).Select(v => $"missed {v} on {c.Id}"));
                misses.AddRange(affected.Except(c.Expected).Select(v => $"wrong {v} on {c.Id}"));
            }
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{advisories} advisories, {devices} devices: TP {truePositives}, FP {falsePositives}, FN {falseNegatives}, under investigation {underInvestigation}; precision {precision:F4}, recall {recall:F4}");
        foreach (var miss in misses.Take(30))
        {
            TestContext.Current.TestOutputHelper?.WriteLine(miss);
        }

        advisories.ShouldBeGreaterThanOrEqualTo(20);
        precision.ShouldBeGreaterThanOrEqualTo(0.98, string.Join("; ", misses.Take(10)));
        recall.ShouldBeGreaterThanOrEqualTo(0.98, string.Join("; ", misses.Take(10)));
    }

    private sealed record Case(string Id, DeviceFacts Device, IReadOnlySet<string> Expected);

    private static IEnumerable<Case> Cases(CsafDocument document)
    {
        var byName = document.ProductTree.Products
            .Where(p => p.Source == CsafProductSource.Branch && p.Helper is null)
            .Select(p => (Product: p, Vendor: p.BranchPath.LastOrDefault(b => b.Category == "vendor")?.Name, Name: p.BranchPath.LastOrDefault(b => b.Category == "product_name")?.Name,
                Range: p.BranchPath.LastOrDefault(b => b.Category == "product_version_range")?.Name))
            .Where(p => p.Vendor is not null && p.Name is not null)
            .GroupBy(p => (p.Vendor, p.Name)).Where(g => g.Count() == 1).Select(g => g.Single());
        foreach (var (product, vendor, name, range) in byName)
        {
            if (range is null || OneSided().Match(range) is not { Success: true } bound)
            {
                continue;
            }

            var inclusive = bound.Groups[1].Value == "<=";
            var version = bound.Groups[2].Value;
            var cves = document.Vulnerabilities.Where(v => v.Cve is not null && v.ProductStatus.KnownAffected.Contains(product.ProductId, StringComparer.Ordinal))
                .Select(v => v.Cve!.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
            if (cves.Count == 0 || Step(version, -1) is not { } below || Step(version, +1) is not { } above)
            {
                continue;
            }

            var id = $"{document.Document.Tracking.Id}/{product.ProductId}";
            var manufacturer = vendor!.ToUpperInvariant() + " Inc.";
            var model = name + "®";
            yield return new Case(id + "/boundary", new DeviceFacts(manufacturer, model, null, version), inclusive ? cves : new HashSet<string>());
            yield return new Case(id + "/inside", new DeviceFacts(manufacturer, model, null, below), cves);
            yield return new Case(id + "/fixed", new DeviceFacts(vendor, name!, null, above), new HashSet<string>());
            yield return new Case(id + "/decoy", new DeviceFacts(vendor, "Decoy Console 9000", null, below), new HashSet<string>());
        }
    }

    /// <summary>The version with its last number moved by one (<c>2.3.6</c> → <c>2.3.5</c> / <c>2.3.7</c>); null below zero.</summary>
    private static string? Step(string version, int by)
    {
        var last = LastNumber().Match(version);
        if (!last.Success)
        {
            return null;
        }

        var value = long.Parse(last.Value, System.Globalization.CultureInfo.InvariantCulture) + by;
        return value < 0 ? null : version[..last.Index] + value.ToString(new string('0', last.Length), System.Globalization.CultureInfo.InvariantCulture) + version[(last.Index + last.Length)..];
    }

    [GeneratedRegex(@"^\s*(<=|<)\s*([vV]?\d+(?:\.\d+)*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OneSided();

    [GeneratedRegex(@"\d+(?=\D*$)", RegexOptions.CultureInvariant)]
    private static partial Regex LastNumber();
}
