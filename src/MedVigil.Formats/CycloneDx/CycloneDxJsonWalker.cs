using System.Globalization;
using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.CycloneDx;

/// <summary>
/// Typed access to the JSON tree of a BOM: each getter checks the value's JSON type and the limits, and turns a
/// mismatch into an issue at the value's pointer instead of an exception. Absent values are null or empty.
/// </summary>
internal sealed class CycloneDxJsonWalker(ReaderLimits limits)
{
    private readonly List<FormatIssue> issues = [];

    public IReadOnlyList<FormatIssue> Issues => issues;

    public void Error(string location, string code, string message) => issues.Add(new FormatIssue(location, code, message));

    public void AddRange(IEnumerable<FormatIssue> more) => issues.AddRange(more);

    /// <summary>The property <paramref name="name"/> of an object, or false when absent (or <paramref name="parent"/> is not an object).</summary>
    public static bool TryGet(JsonElement parent, string name, out JsonElement value)
    {
        value = default;
        return parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public static string Pointer(string parent, string name) => parent + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Pointer(string parent, int index) => parent + "/" + index.ToString(CultureInfo.InvariantCulture);

    public string? String(JsonElement parent, string name, string at)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        var where = Pointer(at, name);
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(where, "type", $"'{name}' must be a string, not {Kind(value)}.");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > limits.MaxStringLength)
        {
            Error(where, "limit-string", string.Create(CultureInfo.InvariantCulture, $"'{name}' is longer than {limits.MaxStringLength} characters."));
            return null;
        }

        return text;
    }

    /// <summary>A string from a closed vocabulary; another value is an issue (code <c>enum</c>) and read as null.</summary>
    public string? Enum(JsonElement parent, string name, string at, IReadOnlySet<string> allowed)
    {
        var text = String(parent, name, at);
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        Error(Pointer(at, name), "enum", $"'{name}' must be one of {string.Join(", ", allowed)}, not \"{text}\".");
        return null;
    }

    /// <summary>A number, also accepted as a numeric string (XML BOMs carry every value as text).</summary>
    public double? Number(JsonElement parent, string name, string at)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        Error(Pointer(at, name), "type", $"'{name}' must be a number, not {Kind(value)}.");
        return null;
    }

    public JsonElement? Object(JsonElement parent, string name, string at)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(Pointer(at, name), "type", $"'{name}' must be an object, not {Kind(value)}.");
            return null;
        }

        return value;
    }

    /// <summary>The items of an array property with their pointers; empty when absent, wrong (an issue) or over the item limit (an issue).</summary>
    public IEnumerable<(JsonElement Item, string At)> Array(JsonElement parent, string name, string at)
    {
        if (!TryGet(parent, name, out var value))
        {
            return [];
        }

        var where = Pointer(at, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(where, "type", $"'{name}' must be an array, not {Kind(value)}.");
            return [];
        }

        var count = value.GetArrayLength();
        if (count > limits.MaxItems)
        {
            Error(where, "limit-items", string.Create(CultureInfo.InvariantCulture, $"'{name}' has {count} items, more than the limit of {limits.MaxItems}."));
            return [];
        }

        return value.EnumerateArray().Select((item, i) => (item, Pointer(where, i)));
    }

    /// <summary>The strings of an array of strings; other items are issues.</summary>
    public IReadOnlyList<string> Strings(JsonElement parent, string name, string at)
    {
        var list = new List<string>();
        foreach (var (item, where) in Array(parent, name, at))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                Error(where, "type", $"The items of '{name}' must be strings, not {Kind(item)}.");
            }
        }

        return list;
    }

    /// <summary>Objects expected as items: a non-object item is an issue and skipped.</summary>
    public IEnumerable<(JsonElement Item, string At)> Objects(JsonElement parent, string name, string at)
    {
        foreach (var (item, where) in Array(parent, name, at))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                yield return (item, where);
            }
            else
            {
                Error(where, "type", $"The items of '{name}' must be objects, not {Kind(item)}.");
            }
        }
    }

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
