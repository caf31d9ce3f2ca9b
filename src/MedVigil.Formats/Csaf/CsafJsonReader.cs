using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Typed access to the JSON of one document, within the item and string limits. A missing required member or a
/// member of the wrong type becomes an issue at its pointer (<c>csaf-required</c>, <c>csaf-type</c>) and a
/// placeholder value, so that the rest of the document is still read and every problem is reported.
/// </summary>
internal sealed class CsafJsonReader(ReaderLimits limits)
{
    private readonly List<FormatIssue> issues = [];

    public IReadOnlyList<FormatIssue> Issues => issues;

    public void Add(string location, string code, string message) => issues.Add(new FormatIssue(location, code, message));

    /// <summary>The object member, or null when absent (a non-object parent is reported once by its reader).</summary>
    public JsonElement? Member(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : null;

    public JsonElement? Object(JsonElement parent, string name, string pointer, bool required = false)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            Missing(parent, pointer, name, required);
            return null;
        }

        return Expect(value.Value, JsonValueKind.Object, CsafPointer.Property(pointer, name)) ? value : null;
    }

    public string? OptionalString(JsonElement parent, string name, string pointer) => StringCore(parent, name, pointer, required: false);

    public string String(JsonElement parent, string name, string pointer) => StringCore(parent, name, pointer, required: true) ?? "";

    public decimal? Number(JsonElement parent, string name, string pointer, bool required)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            Missing(parent, pointer, name, required);
            return null;
        }

        return Expect(value.Value, JsonValueKind.Number, CsafPointer.Property(pointer, name)) && value.Value.TryGetDecimal(out var number)
            ? number
            : null;
    }

    /// <summary>The items of an array member read by <paramref name="read"/> (null results are left out); empty when absent.</summary>
    public IReadOnlyList<T> Array<T>(JsonElement parent, string name, string pointer, Func<JsonElement, string, T?> read, bool required = false)
        where T : class
    {
        var value = Member(parent, name);
        var at = CsafPointer.Property(pointer, name);
        if (value is null)
        {
            Missing(parent, pointer, name, required);
            return [];
        }

        if (!Expect(value.Value, JsonValueKind.Array, at))
        {
            return [];
        }

        if (value.Value.GetArrayLength() > limits.MaxItems)
        {
            Add(at, "limit-items", $"The array has more than {limits.MaxItems} items.");
            return [];
        }

        var items = new List<T>(value.Value.GetArrayLength());
        var index = 0;
        foreach (var item in value.Value.EnumerateArray())
        {
            if (read(item, CsafPointer.Index(at, index++)) is { } itemValue)
            {
                items.Add(itemValue);
            }
        }

        return items;
    }

    public IReadOnlyList<string> Strings(JsonElement parent, string name, string pointer, bool required = false) =>
        Array(parent, name, pointer, (item, at) => Expect(item, JsonValueKind.String, at) ? Text(item, at) : null, required);

    public IReadOnlyList<T> ObjectArray<T>(JsonElement parent, string name, string pointer, Func<JsonElement, string, T> read, bool required = false)
        where T : class =>
        Array(parent, name, pointer, (item, at) => Expect(item, JsonValueKind.Object, at) ? read(item, at) : null, required);

    public bool Expect(JsonElement value, JsonValueKind kind, string pointer)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        Add(pointer, "csaf-type", $"Expected {Describe(kind)} but found {Describe(value.ValueKind)}.");
        return false;
    }

    private string? StringCore(JsonElement parent, string name, string pointer, bool required)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            Missing(parent, pointer, name, required);
            return null;
        }

        var at = CsafPointer.Property(pointer, name);
        return Expect(value.Value, JsonValueKind.String, at) ? Text(value.Value, at) : null;
    }

    private string? Text(JsonElement value, string pointer)
    {
        var text = value.GetString()!;
        if (text.Length > limits.MaxStringLength)
        {
            Add(pointer, "limit-string", $"The string is longer than {limits.MaxStringLength} characters.");
            return null;
        }

        return text;
    }

    private void Missing(JsonElement parent, string pointer, string name, bool required)
    {
        // Under a missing or mistyped parent only the parent is reported.
        if (required && parent.ValueKind == JsonValueKind.Object)
        {
            Add(CsafPointer.Property(pointer, name), "csaf-required", $"The required member '{name}' is missing.");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
