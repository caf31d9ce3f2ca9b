using MedVigil.Formats.Csaf;

namespace MedVigil.Formats.Tests.Csaf;

/// <summary>
/// The mandatory tests against the official CSAF validator suite: each failing file of a test id must produce an
/// issue with that id's code, each valid file none.
/// </summary>
public sealed class CsafValidatorSuiteTests
{
    // Cases the reader is known to get wrong, with the reason. A listed case that starts passing fails the test.
    private static readonly Dictionary<string, string> KnownFailures = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void EveryImplementedMandatoryTest_AgreesWithTheOfficialOutcomes()
    {
        var cases = CsafValidatorCase.Mandatory().Where(c => CsafReader.MandatoryTestIds.Contains(c.TestId)).ToList();
        var wrong = new List<string>();
        foreach (var test in cases)
        {
            var result = CsafReader.Read(test.File);
            var failed = result.Issues.Any(i => i.Code == test.Code);
            if (failed != test.ExpectFailure)
            {
                wrong.Add(test.ToString());
            }
        }

        var summary = cases.GroupBy(c => c.TestId)
            .Select(g => $"{g.Key}: {g.Count(c => !wrong.Contains(c.ToString()))}/{g.Count()}");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"CSAF mandatory: {cases.Count - wrong.Count}/{cases.Count} cases pass; " + string.Join(", ", summary));

        cases.Count.ShouldBeGreaterThan(70);
        wrong.Where(w => !KnownFailures.ContainsKey(w)).ShouldBeEmpty();
        KnownFailures.Keys.Where(k => !wrong.Contains(k)).ShouldBeEmpty("a known failure now passes: remove it from the list");
    }

    [Fact]
    public void EveryMandatoryTestId_IsImplementedExceptTheCatalogueChecks()
    {
        var all = CsafValidatorCase.Mandatory().Select(c => c.TestId).Distinct().ToList();

        all.Except(CsafReader.MandatoryTestIds).ShouldBe(["6.1.11"], ignoreOrder: true);
    }
}
