using System.Globalization;
using MedVigil.Application.Advisories;
using MedVigil.Application.Inventory;
using MedVigil.Application.Sboms;
using MedVigil.Domain.Common;
using MedVigil.Formats.Inventory;
using MedVigil.Persistence;

namespace MedVigil.Cli.Workload;

/// <summary>What one import phase did: documents read, failed, and a line saying what they held.</summary>
internal sealed record ImportTally(int Documents, int Failed, string Detail);

/// <summary>
/// The import phases of <c>bench run</c>, through the same use cases and one-transaction-per-document rule as
/// <c>medvigil import …</c>: nothing tracked for one document is carried into the next.
/// </summary>
internal sealed class BenchImports(CliHost host, TextWriter error, CancellationToken ct)
{
    private const int MaxErrorsShown = 20;
    private int _errorsShown;

    public async Task<ImportTally> InventoryAsync(string csv)
    {
        InventoryReadResult read;
        using (var reader = new StreamReader(csv))
        {
            read = InventoryCsvReader.Read(reader);
        }

        var (ok, s) = await OneAsync(csv, () => host.Get<ImportInventory>().ExecuteAsync(new ImportInventoryCommand(Path.GetFileName(csv), read, false), ct));
        return ok && s is not null
            ? new ImportTally(1, 0, Invariant($"{s.Created} devices created, {s.Updated} updated, {s.Unchanged} unchanged"))
            : new ImportTally(1, 1, "refused");
    }

    public async Task<ImportTally> SbomsAsync(string indexCsv)
    {
        var (rows, issues) = SbomIndex.Read(indexCsv);
        var (failed, components) = (issues.Count, 0L);
        foreach (var issue in issues)
        {
            Report($"{indexCsv}: {issue}");
        }

        foreach (var row in rows)
        {
            var bytes = await File.ReadAllBytesAsync(row.File, ct);
            var (ok, result) = await OneAsync(row.File, () => host.Get<ImportSbom>().ExecuteAsync(
                new ImportSbomCommand(row.File, bytes, row.Manufacturer, row.Model, row.Version), ct));
            (failed, components) = !ok || result is null ? (failed + 1, components) : (failed, components + result.Components);
        }

        return new ImportTally(rows.Count + issues.Count, failed, Invariant($"{components} components"));
    }

    public Task<ImportTally> OsvAsync(string path) => DocumentsAsync(path, async (file, content) =>
        (await host.Get<ImportOsv>().ExecuteAsync(new ImportOsvCommand(file, content), ct)).Map(r => r.Outcome is RevisionOutcome.Imported or RevisionOutcome.Superseded ? 1 : 0));

    public Task<ImportTally> NvdAsync(string path) => DocumentsAsync(path, async (file, content) =>
        (await host.Get<ImportNvd>().ExecuteAsync(new ImportNvdCommand(file, content), ct)).Map(r => r.Imported + r.Superseded));

    public Task<ImportTally> CsafAsync(string path) => DocumentsAsync(path, async (file, content) =>
        (await host.Get<ImportCsaf>().ExecuteAsync(new ImportCsafCommand(file, content), ct)).Map(r => r.Outcome is RevisionOutcome.Imported or RevisionOutcome.Superseded ? 1 : 0));

    /// <summary>Every <c>*.json</c> under <paramref name="path"/> (or the one file), in ordinal order; the count of records each imported.</summary>
    private async Task<ImportTally> DocumentsAsync(string path, Func<string, Stream, Task<Result<int>>> import)
    {
        var files = File.Exists(path)
            ? [path]
            : Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var (failed, records) = (0, 0L);
        foreach (var file in files)
        {
            var (ok, n) = await OneAsync(file, async () =>
            {
                await using var content = File.OpenRead(file);
                return await import(file, content);
            });
            (failed, records) = ok ? (failed, records + n) : (failed + 1, records);
        }

        return new ImportTally(files.Count, failed, Invariant($"{records} records imported"));
    }

    /// <summary>Imports one document; false (and the error reported) when it was refused.</summary>
    private async Task<(bool Ok, T? Value)> OneAsync<T>(string source, Func<Task<Result<T>>> import)
        where T : notnull
    {
        var db = host.Get<MedVigilDbContext>();
        try
        {
            var result = await import();
            if (result.TryGetValue(out var value))
            {
                return (true, value);
            }

            Report($"{source}: {result.Error!.Message}" + string.Concat(result.Error.Fields.Take(3).Select(f => $"\n  {f.Field}: {f.Message}")));
            return (false, default);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.DiscardPendingAudit();
        }
    }

    private void Report(string message)
    {
        if (_errorsShown++ < MaxErrorsShown)
        {
            error.WriteLine("error: " + message);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
