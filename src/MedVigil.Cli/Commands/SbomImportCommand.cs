using System.CommandLine;
using System.Globalization;
using MedVigil.Application.Sboms;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil import sbom FILE [--manufacturer M --model X --version V]</c> and <c>import sbom --index FILE.csv</c>:
/// CycloneDX or SPDX SBOMs, each in its own transaction; a bad row or document is reported (CSV line and file) and
/// does not stop the rest. One line per SBOM, a summary at the end; exit 1 if any failed, 2 for usage errors.
/// </summary>
internal static class SbomImportCommand
{
    public static Command Create(GlobalOptions global)
    {
        var file = new Argument<string?>("file") { Description = "A CycloneDX (JSON or XML) or SPDX 2.x SBOM", Arity = ArgumentArity.ZeroOrOne };
        var index = new Option<string?>("--index") { Description = "A CSV with columns file,manufacturer,model,version (paths relative to the CSV)" };
        var manufacturer = new Option<string?>("--manufacturer") { Description = "Manufacturer (default: from the SBOM)" };
        var model = new Option<string?>("--model") { Description = "Device model (default: from the SBOM)" };
        var version = new Option<string?>("--version") { Description = "Model version (default: from the SBOM)" };
        var sbom = new Command("sbom", "Import SBOMs: replace a model version's components with the SBOM's") { file, index, manufacturer, model, version };
        sbom.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var (path, csv) = (parse.GetValue(file), parse.GetValue(index));
            var flags = new[] { parse.GetValue(manufacturer), parse.GetValue(model), parse.GetValue(version) };
            if ((path is null) == (csv is null))
            {
                return CliOutput.Usage(error, "give one SBOM file or --index FILE.csv.");
            }

            if (csv is not null && flags.Any(f => f is not null))
            {
                return CliOutput.Usage(error, "--manufacturer, --model and --version go in the index CSV's columns, not on the command line.");
            }

            var given = path ?? csv!;
            if (!File.Exists(given))
            {
                return CliOutput.Usage(error, $"'{given}' does not exist.");
            }

            var (rows, issues) = csv is null
                ? ([new SbomIndexRow(0, path!, flags[0], flags[1], flags[2])], [])
                : SbomIndex.Read(csv);
            return await CliHost.RunForTenantAsync(global, parse, ct, async host =>
            {
                var totals = new int[4];
                foreach (var issue in issues)
                {
                    await error.WriteLineAsync($"error: {csv}: {issue}");
                    totals[3]++;
                }

                await global.Progress.RunAsync("import sbom", rows.Count, output, error, async lines =>
                {
                    foreach (var row in rows)
                    {
                        var where = row.Line == 0 ? row.File : string.Create(CultureInfo.InvariantCulture, $"{csv} line {row.Line}: {row.File}");
                        var result = await ImportOneAsync(host, row, where, lines.Error, ct);
                        lines.Advance();
                        if (result is null)
                        {
                            totals[3]++;
                            continue;
                        }

                        totals[(int)result.Outcome]++;
                        await lines.Output.WriteLineAsync($"{row.File}\t{Describe(result)}");
                    }

                    return totals;
                });

                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{rows.Count + issues.Count} SBOMs: {totals[0]} imported, {totals[1]} replaced, {totals[2]} unchanged, {totals[3]} failed."));
                return totals[3] == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            });
        });
        return sbom;
    }

    private static async Task<SbomImportResult?> ImportOneAsync(CliHost host, SbomIndexRow row, string where, TextWriter error, CancellationToken ct)
    {
        var db = host.Get<MedVigilDbContext>();
        try
        {
            // The length first: a file past the limit is refused before it is read into memory.
            if (new FileInfo(row.File).Length > ImportSbom.MaxBytes)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"error: {where}: larger than {ImportSbom.MaxBytes} bytes; nothing was imported."));
                return null;
            }

            var bytes = await File.ReadAllBytesAsync(row.File, ct);
            var imported = await host.Get<ImportSbom>().ExecuteAsync(
                new ImportSbomCommand(where, bytes, row.Manufacturer, row.Model, row.Version), ct);
            if (imported.TryGetValue(out var result))
            {
                return result;
            }

            CliOutput.Fail(error, imported.Error!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbUpdateException)
        {
            await error.WriteLineAsync($"error: {where}: {e.Message}");
        }
        finally
        {
            // Each SBOM stands alone: nothing tracked for one is carried into the next.
            db.ChangeTracker.Clear();
            db.DiscardPendingAudit();
        }

        return null;
    }

    private static string Describe(SbomImportResult r) => r.Outcome switch
    {
        SbomImportOutcome.Unchanged => $"unchanged: {r.Manufacturer} / {r.Model} / {r.Version} already has these {r.Components} components",
        _ => $"{r.Outcome.ToString().ToLowerInvariant()} {r.Format} for {r.Manufacturer} / {r.Model} / {r.Version}: {r.Components} components ({r.Added} added, {r.Removed} removed)",
    };
}
