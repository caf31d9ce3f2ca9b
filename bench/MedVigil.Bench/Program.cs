using BenchmarkDotNet.Running;
using MedVigil.Bench.Macro;

// `macro sbom|csaf …` runs a whole-job workload (bench/README.md); anything else picks micro-benchmarks with --filter,
// e.g. --filter '*Cvss*'; their results print as a table and land in BenchmarkDotNet.Artifacts/.
if (args is ["macro", "sbom", ..])
{
    return await SbomImportMacro.RunAsync(args[2..]);
}

if (args is ["macro", "csaf", ..])
{
    return await CsafImportMacro.RunAsync(args[2..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
