using System.Diagnostics;
using System.Globalization;
using MedVigil.Application.Findings;
using MedVigil.Persistence;

namespace MedVigil.Cli.Workload;

/// <summary>
/// The analysis phases of <c>bench run</c>: <see cref="AnalyzeFindings"/> in full, then incremental after each new
/// document, with its summary (findings, and the load / match / persist split it measures itself).
/// </summary>
internal static class BenchAnalysis
{
    public static Task<bool> FullAsync(CliHost host, PhaseReport report, CancellationToken ct) => RunAsync(host, report, "analyze (full)", true, ct);

    public static Task<bool> IncrementalAsync(CliHost host, PhaseReport report, string phase, CancellationToken ct) => RunAsync(host, report, phase, false, ct);

    private static async Task<bool> RunAsync(CliHost host, PhaseReport report, string phase, bool full, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var result = await host.Get<AnalyzeFindings>().ExecuteAsync(new AnalyzeCommand(full), ct);
        var wall = clock.Elapsed;
        host.Get<MedVigilDbContext>().ChangeTracker.Clear();
        if (!result.TryGetValue(out var s))
        {
            await report.LineAsync(phase, wall, "failed: " + result.Error!.Message);
            return false;
        }

        await report.LineAsync(phase, wall, string.Create(CultureInfo.InvariantCulture,
            $"{s.EvaluatedAdvisories} advisories × {s.EvaluatedTargets} model versions evaluated ({s.Statements} statements, {s.Targets} targets held); "
            + $"findings {s.Opened} opened, {s.Updated} updated, {s.Retracted} retracted, {s.Open} open; "
            + $"load {PhaseReport.Format(s.Load)}, match {PhaseReport.Format(s.Match)}, persist {PhaseReport.Format(s.Persist)}"));
        return true;
    }
}
