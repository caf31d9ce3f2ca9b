using MedVigil.Standards.Cpe;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Cpe;

/// <summary>
/// CSAF 2.1's CPE test data (shared/data/nvd/cpe-naming): names that must, or must not, match the CPE 2.2/2.3 regex
/// (the CPE 2.3 dictionary schema's pattern), with escaping and wildcard edge cases.
/// </summary>
public sealed class CpeNamingSuiteTests
{
    // Case → reason. Empty: every case passes.
    private static readonly Dictionary<string, string> KnownFailures = [];

    [Fact]
    public void EveryValidNameParsesAndSurvivesBothBindings()
    {
        var cases = Lines("csaf21-cpe-valid.txt");
        var failures = new Dictionary<string, string>();
        foreach (var text in cases)
        {
            if (!CpeName.TryParse(text, out var name, out var error))
            {
                failures[text] = error.Message;
            }
            else if (CpeName.Parse(name.ToString()) != name || CpeName.Parse(name.ToUri()) != name)
            {
                failures[text] = $"does not round-trip: {name} / {name.ToUri()}";
            }
        }

        SuiteReport.Check("csaf21-cpe-valid.txt", cases.Length, failures, KnownFailures);
    }

    [Fact]
    public void EveryInvalidNameIsRejectedWithAPosition()
    {
        var cases = Lines("csaf21-cpe-invalid.txt");
        var failures = new Dictionary<string, string>();
        foreach (var text in cases)
        {
            if (CpeName.TryParse(text, out var name, out var error))
            {
                failures[text] = $"accepted as {name}";
            }
            else if (error.Position < 0 || error.Position > text.Length)
            {
                failures[text] = $"error position {error.Position} is outside the input";
            }
        }

        SuiteReport.Check("csaf21-cpe-invalid.txt", cases.Length, failures, KnownFailures);
    }

    private static string[] Lines(string file) =>
        File.ReadAllLines(SharedData.Path("nvd", "cpe-naming", file)).Where(l => l.Length > 0).ToArray();
}
