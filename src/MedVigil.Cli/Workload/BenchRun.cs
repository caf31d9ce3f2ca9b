using System.Globalization;

namespace MedVigil.Cli.Workload;

/// <summary>
/// <c>bench run</c>: imports a generated workload into a new database (inventory, SBOMs by their index, OSV, NVD,
/// CSAF), analyses it in full, then the incremental cases (the new advisory, the new SBOM), and measures the engine
/// alone; one timed line per phase, memory at the end.
/// </summary>
internal static class BenchRun
{
    public static async Task<int> RunAsync(CliHost host, WorkloadLayout layout, string? csafFolder, bool engine, bool import, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var report = new PhaseReport(output);
        var imports = new BenchImports(host, error, ct);
        var failed = 0;
        async Task Import(string phase, Func<Task<ImportTally>> run)
        {
            var tally = await report.TimeAsync(phase, run, t => string.Create(CultureInfo.InvariantCulture, $"{t.Documents} documents, {t.Failed} failed; {t.Detail}"));
            failed += tally.Failed;
        }

        if (import)
        {
            await Import("import inventory", () => imports.InventoryAsync(layout.Inventory));
            await Import("import sboms (index)", () => imports.SbomsAsync(layout.SbomIndex));
            await Import("import osv", () => imports.OsvAsync(layout.Osv));
            await Import("import nvd", () => imports.NvdAsync(layout.Nvd));
            if (csafFolder is not null)
            {
                await Import("import csaf", () => imports.CsafAsync(csafFolder));
            }
            else
            {
                await output.WriteLineAsync("import csaf: skipped (no CSAF folder found; give --csaf DIR)");
            }
        }

        failed += await BenchAnalysis.FullAsync(host, report, ct) ? 0 : 1;
        await Import("incremental: import new advisory", () => imports.OsvAsync(layout.NewAdvisory));
        failed += await BenchAnalysis.IncrementalAsync(host, report, "incremental: analyze (new advisory)", ct) ? 0 : 1;
        await Import("incremental: import new sbom", () => imports.SbomsAsync(layout.NewSbomIndex));
        failed += await BenchAnalysis.IncrementalAsync(host, report, "incremental: analyze (new sbom)", ct) ? 0 : 1;
        await report.LineAsync("total (database phases)", report.Total, "");

        if (engine)
        {
            await EngineAsync(report, layout, csafFolder);
        }

        await report.MemoryAsync();
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>The engine-only figures (<see cref="EngineProbe"/>), one line per step.</summary>
    public static async Task EngineAsync(PhaseReport report, WorkloadLayout layout, string? csafFolder)
    {
        var figures = EngineProbe.Run(layout, csafFolder);
        await report.LineAsync("engine: read + convert documents", figures.Read, string.Create(CultureInfo.InvariantCulture,
            $"{figures.Statements} statements, {figures.Configurations} NVD configurations, {figures.Targets} model versions, {figures.Components} distinct components"));
        await report.LineAsync("engine: load indexes", figures.Load, "");
        await report.LineAsync("engine: EvaluateAll (matching)", figures.EvaluateAll, string.Create(CultureInfo.InvariantCulture, $"{figures.Findings} findings, digest {figures.Digest}"));
        await report.LineAsync("engine: new advisory → affected devices", figures.NewAdvisory, string.Create(CultureInfo.InvariantCulture,
            $"{figures.NewAdvisoryFindings} findings, {figures.NewAdvisoryModelVersions} model versions affected, {figures.NewAdvisoryDevices} devices"));
        await report.LineAsync("engine: new sbom (AddTarget)", figures.NewSbom, string.Create(CultureInfo.InvariantCulture, $"{figures.NewSbomFindings} findings"));
    }
}
