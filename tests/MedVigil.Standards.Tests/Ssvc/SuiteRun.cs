namespace MedVigil.Standards.Tests.Ssvc;

/// <summary>
/// Runs every case of one official suite file: fails on any failure not in the known-failures list, and on any
/// listed known failure that now passes (so the list cannot go stale). Prints the pass count.
/// </summary>
internal sealed class SuiteRun(string suite, IReadOnlyDictionary<string, string>? knownFailures = null)
{
    private readonly IReadOnlyDictionary<string, string> knownFailures = knownFailures ?? new Dictionary<string, string>();
    private readonly List<string> unexpected = [];
    private readonly HashSet<string> failedKnown = [];
    private int cases;
    private int passed;

    public void Check(string caseId, bool ok, Func<string> describeFailure)
    {
        cases++;
        if (ok)
        {
            passed++;
        }
        else if (knownFailures.ContainsKey(caseId))
        {
            failedKnown.Add(caseId);
        }
        else
        {
            unexpected.Add($"{caseId}: {describeFailure()}");
        }
    }

    public void Verify()
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"{suite}: {passed}/{cases} cases pass, {failedKnown.Count} known failures.");
        cases.ShouldBeGreaterThan(0, $"{suite} has no cases");
        var nowPassing = knownFailures.Keys.Where(id => !failedKnown.Contains(id)).ToList();
        unexpected.ShouldBeEmpty($"{suite}: {unexpected.Count} of {cases} cases fail unexpectedly");
        nowPassing.ShouldBeEmpty($"{suite}: known failures that now pass (remove them from the list)");
    }
}
