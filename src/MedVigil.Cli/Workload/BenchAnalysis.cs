namespace MedVigil.Cli.Workload;

/// <summary>
/// The analysis phases of <c>bench run</c>. Placeholder until <c>AnalyzeFindings</c> (issue 5, the lead's) is on main:
/// then these run it full and incremental and print its summary.
/// </summary>
internal static class BenchAnalysis
{
    public static Task FullAsync(CliHost host, PhaseReport report, CancellationToken ct)
    {
        _ = (host, ct);
        return report.LineAsync("analyze (full)", TimeSpan.Zero, "not in this build (AnalyzeFindings not yet on main)");
    }

    public static Task IncrementalAsync(CliHost host, PhaseReport report, string phase, CancellationToken ct)
    {
        _ = (host, ct);
        return report.LineAsync(phase, TimeSpan.Zero, "not in this build (AnalyzeFindings not yet on main)");
    }
}
