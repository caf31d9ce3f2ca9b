using System.Diagnostics;
using System.Globalization;
using MedVigil.Application.Advisories;
using MedVigil.Application.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Bench.Macro;

/// <summary>
/// <c>macro csaf [--runs R]</c>: times <see cref="ImportCsaf"/> of the 134 CISA medical advisories
/// (<c>../shared/data/icsma</c>) into a new SQLite file, one transaction per document, in a warm process: the part of
/// <c>medvigil import csaf</c> that is not process start, service set-up and migration.
/// </summary>
internal static class CsafImportMacro
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Array.IndexOf(args, "--runs") is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 5;
        var files = Directory.GetFiles(SharedDataFiles.Path("icsma"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CSAF import, SQLite, {files.Count} ICSMA advisories ({files.Sum(f => f.Length) / 1024.0 / 1024.0:F1} MiB), {runs} runs + 1 warm-up"));
        var times = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var folder = Directory.CreateTempSubdirectory("medvigil-bench-");
            try
            {
                await using var services = await MacroHost.OpenAsync(Path.Combine(folder.FullName, "bench.db"));
                // In a tenant, as the CLI imports: each advisory also gets its audit entry.
                var tenant = (await MacroHost.Scoped(services, null).GetRequiredService<CreateTenant>()
                    .ExecuteAsync(new CreateTenantCommand("bench", "Bench"), CancellationToken.None)).Value.Id;
                var clock = Stopwatch.StartNew();
                foreach (var file in files)
                {
                    using var content = new MemoryStream(file, writable: false);
                    var result = await MacroHost.Scoped(services, tenant).GetRequiredService<ImportCsaf>()
                        .ExecuteAsync(new ImportCsafCommand("icsma", content), CancellationToken.None);
                    if (!result.IsSuccess || result.Value.Outcome != RevisionOutcome.Imported)
                    {
                        throw new InvalidOperationException(result.IsSuccess ? result.Value.Outcome.ToString() : result.Error.Message);
                    }
                }

                if (run > 0)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  134 advisories            wall median {times[times.Count / 2],6:F0} ms (min {times[0],5:F0}, max {times[^1],5:F0})"));
        return 0;
    }
}
