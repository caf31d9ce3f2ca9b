using System.Diagnostics;
using System.Globalization;
using MedVigil.Application.Sboms;
using MedVigil.Application.Tenants;
using MedVigil.Domain.Access;
using MedVigil.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Bench.Macro;

/// <summary>
/// <c>macro sbom [--components N] [--runs R] [--write PATH]</c>: times <see cref="ImportSbom"/> on a new SQLite file for a generated
/// CycloneDX 1.6 SBOM: into a new model version, the same bytes again, and with 10% of the components changed. Each
/// run uses a fresh database; the process is warmed up by one untimed run first. <c>--write PATH</c> only writes the
/// generated SBOM and its 10%-changed twin (<c>PATH.changed.json</c>), for timing <c>medvigil import sbom</c>.
/// </summary>
internal static class SbomImportMacro
{
    public static async Task<int> RunAsync(string[] args)
    {
        var components = Option(args, "--components", 10_000);
        var runs = Option(args, "--runs", 5);
        var (original, changed) = (GeneratedSbom.Create(components), GeneratedSbom.Create(components, changeEvery: 10));
        if (Array.IndexOf(args, "--write") is var write and >= 0 && write + 1 < args.Length)
        {
            await File.WriteAllBytesAsync(args[write + 1], original);
            await File.WriteAllBytesAsync(args[write + 1] + ".changed.json", changed);
            return 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SBOM import, SQLite, {components:N0} components (CycloneDX 1.6, {original.Length / 1024.0 / 1024.0:F1} MiB), {runs} runs + 1 warm-up"));
        var times = new List<(Timing New, Timing Same, Timing Changed)>();
        for (var run = 0; run <= runs; run++)
        {
            var measured = await OneRunAsync(original, changed);
            if (run > 0)
            {
                times.Add(measured);
            }
        }

        Report("new model version", times.Select(t => t.New));
        Report("re-import, same bytes", times.Select(t => t.Same));
        Report("re-import, 10% changed", times.Select(t => t.Changed));
        return 0;
    }

    /// <summary>Wall-clock and process CPU milliseconds of one import (CPU time is steadier on a shared machine).</summary>
    private readonly record struct Timing(double Wall, double Cpu);

    private static async Task<(Timing New, Timing Same, Timing Changed)> OneRunAsync(byte[] original, byte[] changed)
    {
        var folder = Directory.CreateTempSubdirectory("medvigil-bench-");
        try
        {
            await using var services = await MacroHost.OpenAsync(Path.Combine(folder.FullName, "bench.db"));
            var tenant = (await MacroHost.Scoped(services, null).GetRequiredService<CreateTenant>()
                .ExecuteAsync(new CreateTenantCommand("bench", "Bench"), CancellationToken.None)).Value.Id;
            return (await TimeAsync(services, tenant, original, SbomImportOutcome.Imported),
                await TimeAsync(services, tenant, original, SbomImportOutcome.Unchanged),
                await TimeAsync(services, tenant, changed, SbomImportOutcome.Replaced));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<Timing> TimeAsync(ServiceProvider services, Guid tenant, byte[] sbom, SbomImportOutcome expected)
    {
        var importer = MacroHost.Scoped(services, tenant).GetRequiredService<ImportSbom>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await importer.ExecuteAsync(new ImportSbomCommand("bench.sbom.json", sbom), CancellationToken.None);
        var elapsed = new Timing(clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        if (!result.IsSuccess || result.Value.Outcome != expected)
        {
            throw new InvalidOperationException($"Expected {expected}, got {(result.IsSuccess ? result.Value.Outcome : result.Error.Message)}.");
        }

        return elapsed;
    }

    private static void Report(string name, IEnumerable<Timing> timings)
    {
        var list = timings.ToList();
        var (wall, cpu) = (list.Select(t => t.Wall).Order().ToList(), list.Select(t => t.Cpu).Order().ToList());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-24} wall median {wall[wall.Count / 2],6:F0} ms (min {wall[0],5:F0}, max {wall[^1],5:F0})   CPU median {cpu[cpu.Count / 2],6:F0} ms"));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
