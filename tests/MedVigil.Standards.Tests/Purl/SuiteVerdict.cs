namespace MedVigil.Standards.Tests.Purl;

/// <summary>
/// Judges a whole suite file: every case must pass unless it is a listed known failure, and every listed known failure
/// must still fail (so the list cannot go stale). Prints the pass count.
/// </summary>
internal static class SuiteVerdict
{
    public static void Assert(
        string file, IReadOnlyList<(string Key, string? Failure)> results, IReadOnlyDictionary<string, string> knownFailures)
    {
        var passed = results.Count(r => r.Failure is null);
        var unexpected = results.Where(r => r.Failure is not null && !knownFailures.ContainsKey(r.Key))
            .Select(r => $"  {r.Key}\n    -> {r.Failure}")
            .ToList();
        var listed = knownFailures.Keys.Where(k => k.StartsWith(file + ": ", StringComparison.Ordinal)).ToList();
        var nowPassing = listed.Where(k => !results.Any(r => r.Key == k && r.Failure is not null))
            .Select(k => $"  {k}")
            .ToList();

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{file}: {passed}/{results.Count} passed, {results.Count - passed} failed ({listed.Count} listed as known failures)");
        unexpected.ShouldBeEmpty($"{file}: cases that fail and are not known failures:\n{string.Join("\n", unexpected)}");
        nowPassing.ShouldBeEmpty($"{file}: known failures that pass now (remove them from the list):\n{string.Join("\n", nowPassing)}");
    }
}
