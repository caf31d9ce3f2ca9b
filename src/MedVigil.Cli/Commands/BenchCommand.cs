using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using MedVigil.Cli.Workload;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil bench generate --out DIR …</c> writes a seeded workload of standard documents;
/// <c>medvigil bench run DIR</c> imports it into a new database, analyses it and times each phase (bench/README.md).
/// </summary>
internal static class BenchCommand
{
    public static Command Create(GlobalOptions global) =>
        new("bench", "Health-system-scale workloads: generate one, run it") { Generate(), BenchRunCommand.Create(global) };

    private static Command Generate()
    {
        var defaults = WorkloadSize.Default;
        var output = new Option<string>("--out") { Description = "Folder to write the workload into (created)", Required = true };
        var devices = Count("--devices", "Devices in the inventory", defaults.Devices);
        var models = Count("--models", "Device models (1–3 versions each, one SBOM per version)", defaults.Models);
        var osv = Count("--osv", "OSV records", defaults.Osv);
        var nvd = Count("--nvd", "NVD CVE records", defaults.Nvd);
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed and sizes give the same bytes", DefaultValueFactory = _ => defaults.Seed };
        var generate = new Command("generate", "Write a seeded workload: inventory CSV, CycloneDX SBOMs + index, OSV records, NVD pages, incremental cases")
        {
            output, devices, models, osv, nvd, seed,
        };
        generate.SetAction(async (parse, ct) =>
        {
            var (stdout, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var folder = parse.GetValue(output)!;
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                return CliOutput.Usage(error, $"'{folder}' is not empty; give a new or empty folder.");
            }

            var size = new WorkloadSize(parse.GetValue(devices), parse.GetValue(models), parse.GetValue(osv), parse.GetValue(nvd), parse.GetValue(seed));
            var clock = Stopwatch.StartNew();
            var written = await Task.Run(() => WorkloadGenerator.Generate(new WorkloadLayout(folder), size), ct);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{folder}: {written.Devices} devices, {written.ModelVersions} model versions (SBOMs, {written.SbomComponents} components), "
                + $"{written.OsvRecords} OSV records, {written.NvdRecords} NVD records, incremental cases; "
                + $"{written.Bytes / 1024.0 / 1024.0:F1} MiB in {clock.Elapsed.TotalSeconds:F1} s (seed {size.Seed})."));
            return ExitCodes.Ok;
        });
        return generate;
    }

    private static Option<int> Count(string name, string description, int fallback)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError($"{name} cannot be negative.");
            }
        });
        return option;
    }
}
