using System.Diagnostics;
using MedVigil.Application.Sboms;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Formats.Csaf;
using MedVigil.Formats.CycloneDx;
using MedVigil.Formats.Inventory;
using MedVigil.Formats.Nvd;
using MedVigil.Formats.Osv;
using MedVigil.Matching;

namespace MedVigil.Cli.Workload;

/// <summary>The engine-level figures: how long each step took and what it found.</summary>
internal sealed record EngineFigures(
    TimeSpan Read, TimeSpan Load, TimeSpan EvaluateAll, int Statements, int Configurations, int Targets, int Components, int Findings, string Digest,
    TimeSpan NewAdvisory, int NewAdvisoryFindings, int NewAdvisoryModelVersions, int NewAdvisoryDevices,
    TimeSpan NewSbom, int NewSbomFindings);

/// <summary>
/// "One new advisory → affected devices known", in the engine alone: the workload's documents are read and converted
/// into statements (OSV, NVD, CSAF) and model-version targets (SBOMs, with the index's device facts), loaded into a
/// <see cref="MatchingEngine"/> and evaluated whole; then the new advisory is timed through
/// <see cref="MatchingEngine.AddStatements"/> up to the count of devices it affects, and the new SBOM through
/// <see cref="MatchingEngine.AddTarget"/>.
/// </summary>
internal static class EngineProbe
{
    public static EngineFigures Run(WorkloadLayout layout, string? csafFolder)
    {
        var clock = Stopwatch.StartNew();
        var sets = new List<StatementSet>();
        sets.AddRange(Files(layout.Osv).Select(f => OsvReader.Read(f).Document).OfType<OsvRecord>().Select(r => OsvStatements.Convert(r)));
        sets.AddRange(Files(layout.Nvd).Select(f => NvdCveReader.ReadPage(f).Document).OfType<NvdCvePage>()
            .SelectMany(p => p.Vulnerabilities).Select(cve => NvdStatements.Convert(cve)));
        if (csafFolder is not null)
        {
            sets.AddRange(Files(csafFolder).Select(f => CsafReader.Read(f).Document).OfType<CsafDocument>().Select(d => CsafStatements.Convert(d)));
        }

        var targets = Targets(layout.SbomIndex);
        var devices = DevicesPerModelVersion(layout.Inventory);
        var read = clock.Elapsed;

        clock.Restart();
        var engine = new MatchingEngine();
        foreach (var set in sets)
        {
            engine.LoadStatements(set);
        }

        foreach (var target in targets)
        {
            engine.LoadTarget(target);
        }

        var load = clock.Elapsed;
        clock.Restart();
        var all = engine.EvaluateAll();
        var evaluateAll = clock.Elapsed;
        var digest = Digest(all);

        var advisory = OsvReader.Read(layout.NewAdvisory).Document is { } record ? OsvStatements.Convert(record) : StatementSet.Empty;
        clock.Restart();
        var hits = engine.AddStatements(advisory);
        var affected = hits.Where(f => f.Status == FindingStatus.Affected).Select(f => f.TargetId).ToHashSet(StringComparer.Ordinal);
        var affectedDevices = affected.Sum(id => devices.GetValueOrDefault(id));
        var newAdvisory = clock.Elapsed;

        var newTarget = Targets(layout.NewSbomIndex).FirstOrDefault();
        clock.Restart();
        var newSbom = newTarget is null ? MatchResults.Empty : engine.AddTarget(newTarget);
        var newSbomTime = clock.Elapsed;

        return new EngineFigures(read, load, evaluateAll, sets.Sum(s => s.Statements.Count), sets.Sum(s => s.Configurations.Count), engine.TargetCount,
            engine.ComponentCount, all.Count, digest, newAdvisory, hits.Count, affected.Count, affectedDevices, newSbomTime, newSbom.Count);
    }

    /// <summary>
    /// A short digest of what the full evaluation decided (target, vulnerability, status, component), order aside: two
    /// runs, or two versions of the engine, that print the same digest found the same findings.
    /// </summary>
    private static string Digest(IEnumerable<MatchFinding> findings)
    {
        // Order-free: the sum of a hash of each finding (no list of millions of lines kept to sort).
        ulong sum = 0;
        Span<byte> hash = stackalloc byte[32];
        foreach (var f in findings)
        {
            var line = $"{f.TargetId}|{f.VulnerabilityId}|{f.Status}|{f.Component?.Purl}|{f.Component?.Cpe}|{f.Component?.Version}";
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(line), hash);
            sum += System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash);
        }

        return sum.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Files(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [];

    /// <summary>The model versions of an SBOM index as targets, their id the (manufacturer, model, version) key.</summary>
    private static List<MatchTarget> Targets(string indexCsv)
    {
        if (!File.Exists(indexCsv))
        {
            return [];
        }

        var targets = new List<MatchTarget>();
        foreach (var row in SbomIndex.Read(indexCsv).Rows)
        {
            if (CycloneDxReader.Read(row.File).Document is not { } bom)
            {
                continue;
            }

            var components = bom.Components
                .Select(c => new InventoryComponent(c.Purl, c.Cpe, c.Group is { Length: > 0 } g ? $"{g}/{c.Name}" : c.Name, c.Version, c.Supplier?.Name))
                .ToList();
            var (manufacturer, model, version) = (row.Manufacturer ?? "", row.Model ?? "", row.Version ?? "");
            targets.Add(new MatchTarget(Key(manufacturer, model, version), components, new DeviceFacts(manufacturer, model, null, version)));
        }

        return targets;
    }

    private static Dictionary<string, int> DevicesPerModelVersion(string csv)
    {
        using var reader = new StreamReader(csv);
        return InventoryCsvReader.Read(reader).Records
            .GroupBy(r => Key(r.Manufacturer, r.Model, r.SoftwareVersion), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    private static string Key(string manufacturer, string model, string version) => $"{manufacturer}\u001f{model}\u001f{version}";
}
