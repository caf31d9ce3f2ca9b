using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// One mandatory test of CSAF 2.0 §6.1: its id (<c>6.1.1</c>…) and a check over the parsed JSON that yields an
/// issue coded <c>csaf-</c>id for every violation.
/// </summary>
internal sealed record CsafMandatoryTest(string Id, Func<JsonElement, IEnumerable<(string Pointer, string Message)>> Check)
{
    public string Code => "csaf-" + Id;

    public IEnumerable<FormatIssue> Run(JsonElement root) =>
        Check(root).Select(v => new FormatIssue(v.Pointer, Code, v.Message));
}
