using System.Text.Json;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Csaf;

/// <summary>One expected outcome of the official CSAF validator suite (<c>testcases.json</c>): a file that must or must not fail a test.</summary>
internal sealed record CsafValidatorCase(string TestId, string File, bool ExpectFailure)
{
    public string Code => "csaf-" + TestId;

    public override string ToString() => $"{TestId} {(ExpectFailure ? "fails" : "passes")} {System.IO.Path.GetFileName(File)}";

    /// <summary>The cases of the mandatory group whose files are in the snapshot (held-out files are skipped).</summary>
    public static IReadOnlyList<CsafValidatorCase> Mandatory()
    {
        var root = SharedData.Path("csaf", "test", "validator", "data");
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(root, "testcases.json")));
        var cases = new List<CsafValidatorCase>();
        foreach (var test in json.RootElement.GetProperty("tests").EnumerateArray())
        {
            if (test.GetProperty("group").GetString() != "mandatory")
            {
                continue;
            }

            var id = test.GetProperty("id").GetString()!;
            foreach (var (member, failure) in new[] { ("failures", true), ("valid", false) })
            {
                if (!test.TryGetProperty(member, out var files))
                {
                    continue;
                }

                cases.AddRange(files.EnumerateArray()
                    .Select(f => System.IO.Path.Combine(root, f.GetProperty("name").GetString()!))
                    .Where(System.IO.File.Exists)
                    .Select(f => new CsafValidatorCase(id, f, failure)));
            }
        }

        return cases;
    }
}
