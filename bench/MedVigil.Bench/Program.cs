using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. --filter '*Cvss*'; results print as a table and land in BenchmarkDotNet.Artifacts/.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
