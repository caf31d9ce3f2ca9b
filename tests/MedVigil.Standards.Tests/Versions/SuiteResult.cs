using System.Text;

namespace MedVigil.Standards.Tests.Versions;

/// <summary>
/// The outcome of running every case of one conformance file. It fails when a case fails that is not a listed known
/// failure, and when a listed known failure passes (so the list cannot go stale); it prints the pass count.
/// </summary>
internal sealed class SuiteResult(string suite)
{
    private readonly List<(string Case, string? Failure)> _cases = [];

    public int Count => _cases.Count;

    public void Check(string id, bool passed, Func<string> why) => _cases.Add((id, passed ? null : why()));

    public void Fail(string id, string why) => _cases.Add((id, why));

    public void Pass(string id) => _cases.Add((id, null));

    public void AssertAllPassExcept(IReadOnlyDictionary<string, string> knownFailures)
    {
        var passed = _cases.Count(c => c.Failure is null);
        var report = new StringBuilder($"{suite}: {passed}/{_cases.Count} cases pass");
        var unexpected = _cases.Where(c => c.Failure is not null && !knownFailures.ContainsKey(c.Case)).ToList();
        var healed = knownFailures.Keys.Where(k => _cases.Any(c => c.Case == k && c.Failure is null)).ToList();
        var missing = knownFailures.Keys.Where(k => _cases.All(c => c.Case != k)).ToList();
        foreach (var (id, failure) in _cases.Where(c => c.Failure is not null))
        {
            report.Append($"\n  {(knownFailures.TryGetValue(id, out var reason) ? "known" : "FAIL")}: {id} — {failure}{(reason is null ? "" : $" (known: {reason})")}");
        }

        foreach (var id in healed)
        {
            report.Append($"\n  NOW PASSES (remove from the known failures): {id}");
        }

        foreach (var id in missing)
        {
            report.Append($"\n  NOT IN THE SUITE (remove from the known failures): {id}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        _cases.Count.ShouldBeGreaterThan(0, $"{suite} has no cases");
        (unexpected.Count + healed.Count + missing.Count).ShouldBe(0, report.ToString());
    }
}
