using System.CommandLine;
using MedVigil.Cli.Workload;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil bench run DIR [--db PATH | --postgres CONN] [--csaf DIR] [--no-engine]</c>: a generated workload into a
/// new database, analysed, timed (bench/README.md). Without <c>--db</c> the SQLite file is <c>DIR/bench.db</c>, made
/// anew each run; a <c>--db</c> file must not exist yet; a <c>--postgres</c> database should be empty.
/// </summary>
internal static class BenchRunCommand
{
    public static Command Create(GlobalOptions global)
    {
        var folder = new Argument<string>("dir") { Description = "A folder written by 'medvigil bench generate'" };
        var csaf = new Option<string?>("--csaf") { Description = "CSAF advisories to import (default: the CISA medical advisories, shared/data/icsma above the current folder or in $MEDVIGIL_SHARED_DATA)" };
        var noEngine = new Option<bool>("--no-engine") { Description = "Skip the engine-only measurement (reading every document again)" };
        var skipImport = new Option<bool>("--skip-import")
        {
            Description = "Start from an existing --db or --postgres database the workload was imported into: only the analyses and incremental cases (use a copy: they change it)",
        };
        var engineOnly = new Option<bool>("--engine-only") { Description = "Only the engine-only measurement: no database" };
        var run = new Command("run", "Import a generated workload into a new database, analyse it, and time each phase") { folder, csaf, noEngine, skipImport, engineOnly };
        run.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var layout = new WorkloadLayout(parse.GetValue(folder)!);
            if (!File.Exists(layout.Inventory) || !File.Exists(layout.SbomIndex))
            {
                return CliOutput.Usage(error, $"'{layout.Root}' holds no generated workload (inventory.csv, sboms/index.csv); write one with 'medvigil bench generate'.");
            }

            var csafFolder = parse.GetValue(csaf) ?? FindIcsma();
            if (csafFolder is not null && !Directory.Exists(csafFolder) && !File.Exists(csafFolder))
            {
                return CliOutput.Usage(error, $"'{csafFolder}' does not exist.");
            }

            if (parse.GetValue(engineOnly))
            {
                var engineReport = new PhaseReport(output);
                await BenchRun.EngineAsync(engineReport, layout, csafFolder);
                await engineReport.MemoryAsync();
                return ExitCodes.Ok;
            }

            var (db, postgres) = (parse.GetValue(global.Db), parse.GetValue(global.Postgres));
            var imported = parse.GetValue(skipImport);
            if (imported && (db is null ? postgres is null : !File.Exists(db)))
            {
                return CliOutput.Usage(error, "--skip-import needs the existing database the workload was imported into (--db FILE or --postgres CONN).");
            }

            if (!imported && db is not null && File.Exists(db))
            {
                return CliOutput.Usage(error, $"'{db}' exists; bench run needs a new database file.");
            }

            if (db is null && postgres is null)
            {
                db = Path.Combine(layout.Root, "bench.db");
                foreach (var file in new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists))
                {
                    File.Delete(file);
                }
            }

            var report = new PhaseReport(output);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using var host = await CliHost.OpenAsync(CliHost.ChooseDatabase(db, postgres), ct);
            var tenant = await host.EnterTenantAsync(parse.GetValue(global.Tenant), ct);
            if (!tenant.IsSuccess)
            {
                return CliOutput.Fail(error, tenant.Error);
            }

            await output.WriteLineAsync($"bench run {layout.Root} on {host.Database.DisplayName}");
            await report.LineAsync("open database (migrate, tenant)", clock.Elapsed, "");
            return await BenchRun.RunAsync(host, layout, csafFolder, !parse.GetValue(noEngine), !imported, output, error, ct);
        });
        return run;
    }

    /// <summary>The CISA medical advisories: $MEDVIGIL_SHARED_DATA/icsma, or shared/data/icsma in the current folder or one above it.</summary>
    private static string? FindIcsma()
    {
        if (Environment.GetEnvironmentVariable("MEDVIGIL_SHARED_DATA") is { Length: > 0 } shared)
        {
            return Directory.Exists(Path.Combine(shared, "icsma")) ? Path.Combine(shared, "icsma") : null;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "icsma");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
