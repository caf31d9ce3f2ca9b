using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// One mandatory test of CSAF 2.0 §6.1: its id (<c>6.1.1</c>…) and a check over the parsed JSON that yields an
/// issue coded <c>csaf-</c>id for every violation.
/// </summary>
/// <remarks>At most <see cref="MaxIssues"/> issues are listed per test, so that a hostile document cannot make
/// millions of them; one more issue says that further violations were left out.</remarks>
internal sealed record CsafMandatoryTest(string Id, Func<JsonElement, IEnumerable<(string Pointer, string Message)>> Check)
{
    public const int MaxIssues = 1000;

    public string Code => "csaf-" + Id;

    public IEnumerable<FormatIssue> Run(JsonElement root)
    {
        var count = 0;
        foreach (var (pointer, message) in Check(root))
        {
            if (++count > MaxIssues)
            {
                yield return new FormatIssue("", Code, $"More than {MaxIssues} violations of test {Id}; the rest are not listed.");
                yield break;
            }

            yield return new FormatIssue(pointer, Code, message);
        }
    }
}
