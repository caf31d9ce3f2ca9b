using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Tests.Common;

/// <summary>
/// The readers' field access: strings and string arrays read on the fast path (no pointer built) still give every
/// issue at its JSON pointer when a value is of the wrong type or over the limit.
/// </summary>
public sealed class JsonFieldsTests
{
    private static readonly ReaderLimits Small = ReaderLimits.Default with { MaxStringLength = 5, MaxItems = 3 };

    private static (T? Value, List<string> Issues) Read<T>(string json, Func<JsonFields, JsonElement, T?> read)
    {
        using var document = JsonDocument.Parse(json);
        var fields = new JsonFields(Small);
        var value = read(fields, document.RootElement);
        return (value, [.. fields.Issues.Select(i => $"{i.Location} {i.Code}")]);
    }

    [Fact]
    public void AStringIsReadAsIs_AndAWrongOrLongOneIsNamedAtItsPointer()
    {
        var ok = Read("""{ "a/b": "ok" }""", (f, e) => f.String(e, "/x", "a/b"));
        (ok.Value, ok.Issues.Count).ShouldBe(("ok", 0));
        Read("""{ "a/b": 1 }""", (f, e) => f.String(e, "/x", "a/b")).Issues.ShouldBe(["/x/a~1b json-type"]);
        Read("""{ "a": 5 }""", (f, e) => f.String(e, "/x", "a")).Issues.ShouldBe(["/x/a json-type"]);
        Read("""{ "a": "too long" }""", (f, e) => f.String(e, "/x", "a")).Issues.ShouldBe(["/x/a limit-string"]);
        Read("""{ }""", (f, e) => f.String(e, "/x", "a", required: true)).Issues.ShouldBe(["/x/a json-missing"]);
    }

    [Fact]
    public void AStringArrayIsReadAsIs_AndABadItemIsNamedAtItsIndex()
    {
        Read("""{ "t": ["a", "b"] }""", (f, e) => f.Strings(e, "", "t")).Value.ShouldBe(["a", "b"]);
        Read("""{ "t": ["a", 2, "b"] }""", (f, e) => f.Strings(e, "", "t")).ShouldSatisfyAllConditions(
            r => r.Value.ShouldBe(["a", "b"]),
            r => r.Issues.ShouldBe(["/t/1 json-type"]));
        Read("""{ "t": ["a", "toolong"] }""", (f, e) => f.Strings(e, "", "t")).Issues.ShouldBe(["/t/1 limit-string"]);
        Read("""{ "t": ["a", "b", "c", "d"] }""", (f, e) => f.Strings(e, "", "t")).Issues.ShouldBe(["/t limit-items"]);
        Read("""{ "t": "a" }""", (f, e) => f.Strings(e, "", "t")).Issues.ShouldBe(["/t json-type"]);
    }
}
