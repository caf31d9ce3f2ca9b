using System.Globalization;
using System.Text;

namespace MedVigil.Cli.Workload;

/// <summary>What <see cref="WorkloadGenerator"/> wrote.</summary>
internal sealed record GeneratedWorkload(int Devices, int ModelVersions, long SbomComponents, int OsvRecords, int NvdRecords, long Bytes);

/// <summary>
/// Writes a seeded workload (bench/README.md): the inventory CSV, a CycloneDX SBOM per model version with the SBOM
/// index, OSV records, NVD pages, and the incremental cases. Each part draws from its own seeded random source, so
/// the same size and seed give the same bytes, and a part's size does not shift the others' contents.
/// </summary>
internal static class WorkloadGenerator
{
    /// <summary>Chance that an OSV record is on one of the common packages (the rest spread evenly over the ecosystems' packages).</summary>
    private const double CommonOsvShare = 0.02;

    public static GeneratedWorkload Generate(WorkloadLayout layout, WorkloadSize size)
    {
        var catalog = PackageCatalog.Create(Part(size, 1));
        var versions = ModelPlan.Create(size.Models, catalog, Part(size, 2));
        Directory.CreateDirectory(layout.Root);
        long bytes = 0;
        using (var writer = Utf8Writer(layout.Inventory))
        {
            InventoryWriter.Write(writer, versions, size.Devices, Part(size, 3));
        }

        bytes += new FileInfo(layout.Inventory).Length;
        bytes += WriteSboms(layout.Sboms, versions);
        bytes += WriteOsv(layout, catalog, size);
        bytes += WriteNvd(layout, catalog, size);
        bytes += WriteIncremental(layout, catalog, versions, size);
        return new GeneratedWorkload(size.Devices, versions.Count, versions.Sum(v => (long)v.Components.Count), size.Osv, size.Nvd, bytes);
    }

    /// <summary>The random source of one part of the workload.</summary>
    private static Random Part(WorkloadSize size, int part) => new(unchecked((size.Seed * 1_000_003) + part));

    private static long WriteSboms(string folder, IReadOnlyList<PlannedModelVersion> versions)
    {
        Directory.CreateDirectory(folder);
        var index = new StringBuilder("file,manufacturer,model,version\n");
        long bytes = 0;
        foreach (var version in versions)
        {
            bytes += WriteFile(Path.Combine(folder, version.SbomFile), stream => SbomWriter.Write(stream, version));
            index.Append(version.SbomFile).Append(',').Append(InventoryWriter.Quote(version.Manufacturer)).Append(',')
                .Append(InventoryWriter.Quote(version.Model)).Append(',').Append(version.Version).Append('\n');
        }

        return bytes + WriteFile(Path.Combine(folder, "index.csv"), stream => stream.Write(Encoding.UTF8.GetBytes(index.ToString())));
    }

    private static long WriteOsv(WorkloadLayout layout, PackageCatalog catalog, WorkloadSize size)
    {
        var random = Part(size, 4);
        var osvEcosystems = WorkloadEcosystem.All.Where(e => e.OsvEcosystem is not null).ToList();
        var common = catalog.Common.Where(p => p.Ecosystem.OsvEcosystem is not null).ToList();
        long bytes = 0;
        foreach (var ecosystem in osvEcosystems)
        {
            Directory.CreateDirectory(Path.Combine(layout.Osv, ecosystem.OsvFolder));
        }

        for (var n = 0; n < size.Osv; n++)
        {
            var first = random.NextDouble() < CommonOsvShare
                ? common[random.Next(common.Count)]
                : catalog.PickUniform(osvEcosystems[random.Next(osvEcosystems.Count)], random);
            var packages = random.Next(10) == 0 ? [first, catalog.PickUniform(first.Ecosystem, random)] : new List<WorkloadPackage> { first };
            var id = string.Create(CultureInfo.InvariantCulture, $"MVB-{2018 + (n % 8)}-{n:D6}");
            var alias = n % 2 == 0 ? string.Create(CultureInfo.InvariantCulture, $"CVE-{2018 + (n % 8)}-{500_000 + n}") : null;
            var path = Path.Combine(layout.Osv, first.Ecosystem.OsvFolder, id + ".json");
            bytes += WriteFile(path, stream => OsvWriter.Write(stream, id, alias, [.. packages.Distinct()], OsvWriter.Modified(n), random));
        }

        return bytes;
    }

    private static long WriteNvd(WorkloadLayout layout, PackageCatalog catalog, WorkloadSize size)
    {
        var random = Part(size, 5);
        Directory.CreateDirectory(layout.Nvd);
        long bytes = 0;
        for (var (start, page) = (0, 0); start < size.Nvd; start += NvdWriter.PageSize, page++)
        {
            var count = Math.Min(NvdWriter.PageSize, size.Nvd - start);
            bytes += WriteFile(Path.Combine(layout.Nvd, WorkloadLayout.NvdPage(page)), stream => NvdWriter.WritePage(stream, start, size.Nvd, count, catalog, random));
        }

        return bytes;
    }

    /// <summary>One new OSV advisory on the most common Debian package (openssl, every installed version) and one new SBOM.</summary>
    private static long WriteIncremental(WorkloadLayout layout, PackageCatalog catalog, IReadOnlyList<PlannedModelVersion> versions, WorkloadSize size)
    {
        var random = Part(size, 6);
        Directory.CreateDirectory(Path.GetDirectoryName(layout.NewAdvisory)!);
        var bytes = WriteFile(layout.NewAdvisory, stream => OsvWriter.WriteAllAffected(stream, "MVB-NEW-000001",
            catalog.ByEcosystem[WorkloadEcosystem.Deb][0], new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
        if (versions.Count == 0)
        {
            return bytes;
        }

        var next = ModelPlan.NextVersion(versions.Last(v => v.Model == versions[0].Model), versions.Count, random);
        var folder = Path.GetDirectoryName(layout.NewSbomIndex)!;
        Directory.CreateDirectory(folder);
        bytes += WriteFile(Path.Combine(folder, next.SbomFile), stream => SbomWriter.Write(stream, next));
        var index = $"file,manufacturer,model,version\n{next.SbomFile},{InventoryWriter.Quote(next.Manufacturer)},{InventoryWriter.Quote(next.Model)},{next.Version}\n";
        return bytes + WriteFile(layout.NewSbomIndex, stream => stream.Write(Encoding.UTF8.GetBytes(index)));
    }

    private static long WriteFile(string path, Action<Stream> write)
    {
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            write(stream);
        }

        return new FileInfo(path).Length;
    }

    private static StreamWriter Utf8Writer(string path) => new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
