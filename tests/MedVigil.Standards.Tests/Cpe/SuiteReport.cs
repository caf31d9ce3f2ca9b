namespace MedVigil.Standards.Tests.Cpe;

/// <summary>
/// Runs every case of an official suite: fails on any failure not in the known-failures list, and on any listed
/// failure that now passes (so the list cannot go stale); prints the pass count.
/// </summary>
internal static class SuiteReport
{
    /// <param name="failures">Each failing case with why it failed.</param>
    /// <param name="knownFailures">Case → reason it is expected to fail.</param>
    public static void Check(string suite, int total, IReadOnlyDictionary<string, string> failures, IReadOnlyDictionary<string, string> knownFailures)
    {
        var unexpected = failures.Keys.Where(c => !knownFailures.ContainsKey(c)).Select(c => $"{c}: {failures[c]}").ToList();
        var nowPassing = knownFailures.Keys.Where(c => !failures.ContainsKey(c)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{suite}: {total - failures.Count} of {total} cases pass ({knownFailures.Count} known failures).");

        unexpected.ShouldBeEmpty($"{suite}: {unexpected.Count} unexpected failures:\n{string.Join('\n', unexpected.Take(20))}");
        nowPassing.ShouldBeEmpty($"{suite}: known failures that now pass (remove them from the list): {string.Join(", ", nowPassing)}");
    }
}
