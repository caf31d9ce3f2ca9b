using System.Diagnostics;
using System.Globalization;

namespace MedVigil.Cli.Workload;

/// <summary>Times the phases of a bench run and prints one aligned line per phase, then the process's memory figures.</summary>
internal sealed class PhaseReport(TextWriter output)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public TimeSpan Total => _total.Elapsed;

    public async Task<T> TimeAsync<T>(string phase, Func<Task<T>> run, Func<T, string> describe)
    {
        var clock = Stopwatch.StartNew();
        var result = await run();
        await LineAsync(phase, clock.Elapsed, describe(result));
        return result;
    }

    public Task LineAsync(string phase, TimeSpan wall, string detail) =>
        output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{phase,-40} {Format(wall),10}   {detail}"));

    public static string Format(TimeSpan wall) => wall.TotalSeconds >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{wall.TotalSeconds:F2} s")
        : string.Create(CultureInfo.InvariantCulture, $"{wall.TotalMilliseconds:F2} ms");

    /// <summary>Peak working set (what the 2 GiB target is about) and the GC's view of the run.</summary>
    public Task MemoryAsync()
    {
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        const double MiB = 1024.0 * 1024.0;
        return output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"memory: peak working set {process.PeakWorkingSet64 / MiB:F0} MiB; GC heap now {GC.GetTotalMemory(false) / MiB:F0} MiB, "
            + $"largest heap after a GC {gc.HeapSizeBytes / MiB:F0} MiB, allocated in all {GC.GetTotalAllocatedBytes() / MiB:F0} MiB, "
            + $"collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, "
            + $"pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}"));
    }
}
