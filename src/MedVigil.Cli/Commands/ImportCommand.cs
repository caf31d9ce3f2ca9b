using System.CommandLine;
using MedVigil.Application.Inventory;
using MedVigil.Formats.Inventory;

namespace MedVigil.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(GlobalOptions global)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "One inventory CSV, or FHIR R4 Device/Bundle files (JSON or XML) and folders of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid records and report the rest (exit 1 if any were skipped)" };
        var inventory = new Command("inventory", "Import devices (upsert by asset id); a bad file is rejected whole") { files, skipInvalid };
        inventory.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var paths = parse.GetValue(files)!;
            var missing = paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null)
            {
                return CliOutput.Usage(error, $"'{missing}' does not exist.");
            }

            var csv = paths.Where(p => p.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
            if (csv.Count > 0 && (csv.Count > 1 || paths.Length > 1))
            {
                return CliOutput.Usage(error, "give one CSV file per import, or only FHIR files and folders.");
            }

            var source = string.Join(", ", paths.Select(Path.GetFileName));
            InventoryReadResult read;
            if (csv.Count == 1)
            {
                using var reader = new StreamReader(csv[0]);
                read = InventoryCsvReader.Read(reader);
            }
            else
            {
                read = FhirDeviceReader.ReadFiles(paths.SelectMany(Expand));
            }

            return await CliHost.RunForTenantAsync(global, parse, ct, async host =>
            {
                var imported = await host.Get<ImportInventory>().ExecuteAsync(
                    new ImportInventoryCommand(source, read, parse.GetValue(skipInvalid)), ct);
                if (!imported.TryGetValue(out var summary))
                {
                    return CliOutput.Fail(error, imported.Error!);
                }

                await output.WriteLineAsync(
                    $"{source}: {summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Skipped.Count} skipped.");
                foreach (var issue in summary.Skipped)
                {
                    await error.WriteLineAsync($"  skipped {issue}");
                }

                return summary.Skipped.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            });
        });
        return new Command("import", "Bring data into MedVigil")
        {
            inventory, CsafImportCommand.Create(global), NvdImportCommand.Create(global), OsvImportCommand.Create(global), VexImportCommand.Create(global), SbomImportCommand.Create(global), FeedImportCommand.Kev(global), FeedImportCommand.Epss(global),
        };
    }

    private static IEnumerable<string> Expand(string path) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
        : [path];
}
