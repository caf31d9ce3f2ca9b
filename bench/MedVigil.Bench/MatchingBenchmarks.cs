using BenchmarkDotNet.Attributes;
using MedVigil.Matching;

namespace MedVigil.Bench;

/// <summary>
/// The matching engine on a seeded synthetic workload (issue 5): 10,000 distinct components in 600 model versions of
/// 200 components each, against 50,000 statements. Full evaluation of everything held.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private MatchingEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = MatchingWorkload.Default.Load();
        _engine.EvaluateAll();
    }

    [Benchmark]
    public int FullEvaluation() => _engine.EvaluateAll().Count;
}

/// <summary>
/// The incremental cases on the same workload, each on a freshly loaded and evaluated engine (so repeated runs do not
/// grow the index): one new advisory of 20 statements, one new model version of 200 components.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class MatchingIncrementalBenchmarks
{
    private MatchingEngine _engine = null!;

    [IterationSetup]
    public void Setup()
    {
        _engine = MatchingWorkload.Default.Load();
        _engine.EvaluateAll();
    }

    [Benchmark]
    public int OneNewAdvisory() => _engine.AddStatements(MatchingWorkload.Default.NewAdvisory).Count;

    [Benchmark]
    public int OneNewModelVersion() => _engine.AddTarget(MatchingWorkload.Default.NewTarget).Count;
}
