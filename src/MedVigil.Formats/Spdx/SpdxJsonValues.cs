using System.Globalization;
using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>
/// Typed access to the members of SPDX JSON objects within the limits: a member of the wrong type, a string over
/// the length limit or a list over the item limit is an issue at its JSON pointer, and reads as absent.
/// </summary>
internal sealed class SpdxJsonValues(ReaderLimits limits, List<FormatIssue> issues)
{
    public List<FormatIssue> Issues => issues;

    public string? String(JsonElement obj, string pointer, string name) =>
        obj.TryGetProperty(name, out var value) ? AsString(value, pointer + "/" + name) : null;

    public bool? Bool(JsonElement obj, string pointer, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        WrongType(pointer + "/" + name, "a boolean", value);
        return null;
    }

    /// <summary>The member as an object, or null when absent or not an object (an issue).</summary>
    public JsonElement? Object(JsonElement obj, string pointer, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        return IsObject(value, pointer + "/" + name) ? value : null;
    }

    public bool IsObject(JsonElement value, string pointer)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        WrongType(pointer, "an object", value);
        return false;
    }

    /// <summary>The items of an array member read by <paramref name="item"/> (given each item and its pointer); nulls are dropped.</summary>
    public List<T> Array<T>(JsonElement obj, string pointer, string name, Func<JsonElement, string, T?> item)
        where T : class
    {
        var result = new List<T>();
        if (!obj.TryGetProperty(name, out var value))
        {
            return result;
        }

        var at = pointer + "/" + name;
        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(at, "an array", value);
            return result;
        }

        if (value.GetArrayLength() > limits.MaxItems)
        {
            issues.Add(new FormatIssue(at, SpdxIssueCodes.LimitItems, string.Create(CultureInfo.InvariantCulture,
                $"{name} has {value.GetArrayLength()} items, more than the limit of {limits.MaxItems}; none was read")));
            return result;
        }

        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (item(element, string.Create(CultureInfo.InvariantCulture, $"{at}/{index++}")) is { } read)
            {
                result.Add(read);
            }
        }

        return result;
    }

    public List<string> Strings(JsonElement obj, string pointer, string name) => Array(obj, pointer, name, AsString);

    public string? AsString(JsonElement value, string pointer)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(pointer, "a string", value);
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > limits.MaxStringLength)
        {
            issues.Add(new FormatIssue(pointer, SpdxIssueCodes.LimitString, string.Create(CultureInfo.InvariantCulture,
                $"the string has {text.Length} characters, more than the limit of {limits.MaxStringLength}")));
            return null;
        }

        return text;
    }

    private void WrongType(string pointer, string expected, JsonElement value) =>
        issues.Add(new FormatIssue(pointer, SpdxIssueCodes.WrongType,
            $"expected {expected}, found {value.ValueKind.ToString().ToLowerInvariant()}"));
}
