using BenchmarkDotNet.Attributes;
using MedVigil.Matching;

namespace MedVigil.Bench;

/// <summary>
/// The matching engine on a seeded synthetic workload (issue 5): 10,000 distinct components in 600 model versions of
/// 200 components each, against 50,000 statements. Full evaluation, one new advisory (20 statements) incremental,
/// and one new model version incremental.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private MatchingWorkload _workload = null!;
    private MatchingEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = new MatchingWorkload(components: 10_000, statements: 50_000, targets: 600, componentsPerTarget: 200);
        _engine = _workload.Load();
        _engine.EvaluateAll();
    }

    [Benchmark]
    public int FullEvaluation() => _engine.EvaluateAll().Count;

    [Benchmark]
    public int OneNewAdvisory()
    {
        // Re-adding the same advisory each iteration grows the index a little; the figure is per addition.
        return _engine.AddStatements(_workload.NewAdvisory).Count;
    }

    [Benchmark]
    public int OneNewModelVersion() => _engine.AddTarget(_workload.NewTarget).Count;
}
