using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Common;

/// <summary>
/// Reads typed fields out of a parsed JSON document, collecting one <see cref="FormatIssue"/> (located by JSON pointer)
/// for every missing required field, wrong type, bad value or limit passed. Shared by the feed readers (KEV, NVD, OSV,
/// OpenVEX).
/// </summary>
internal sealed partial class JsonFields(ReaderLimits limits)
{
    private readonly List<FormatIssue> issues = [];

    public ReaderLimits Limits { get; } = limits;

    public IReadOnlyList<FormatIssue> Issues => issues;

    public bool HasErrors => issues.Exists(i => i.Severity == IssueSeverity.Error);

    /// <summary>
    /// Parses a document within the limits and maps its root with <paramref name="map"/>. Any error (from parsing or
    /// mapping) leaves the document null: a document is used whole or not at all.
    /// </summary>
    public static ReadResult<T> Read<T>(Stream content, ReaderLimits? limits, Func<JsonFields, JsonElement, T?> map)
        where T : class
    {
        limits ??= ReaderLimits.Default;
        var parsed = JsonInput.Parse(content, limits);
        using var json = parsed.Document;
        if (json is null)
        {
            return ReadResult<T>.Failed([.. parsed.Issues]);
        }

        var fields = new JsonFields(limits);
        var document = map(fields, json.RootElement);
        return new ReadResult<T>(fields.HasErrors ? null : document, fields.Issues);
    }

    /// <summary>As <see cref="Read{T}(Stream, ReaderLimits?, Func{JsonFields, JsonElement, T})"/>, for a file.</summary>
    public static ReadResult<T> Read<T>(string path, ReaderLimits? limits, Func<JsonFields, JsonElement, T?> map)
        where T : class
    {
        using var file = File.OpenRead(path);
        return Read(file, limits, map);
    }

    /// <summary>The JSON pointer of a property: <c>~</c> and <c>/</c> escaped as RFC 6901 says.</summary>
    public static string Child(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    public void Error(string pointer, string code, string message) => issues.Add(new FormatIssue(pointer, code, message));

    public void Warning(string pointer, string code, string message) =>
        issues.Add(new FormatIssue(pointer, code, message, IssueSeverity.Warning));

    /// <summary>Checks that <paramref name="element"/> is an object; an issue otherwise.</summary>
    public bool IsObject(JsonElement element, string pointer)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Error(pointer, "json-type", $"Expected an object, found {Describe(element.ValueKind)}.");
        return false;
    }

    /// <summary>The property, or null when absent (or JSON null); an issue when required and absent.</summary>
    public JsonElement? Property(JsonElement obj, string pointer, string name, bool required)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Error(Child(pointer, name), "json-missing", $"The required property '{name}' is missing.");
        }

        return null;
    }

    public string? String(JsonElement obj, string pointer, string name, bool required = false)
    {
        if (Property(obj, pointer, name, required) is not { } value)
        {
            return null;
        }

        // The usual case returns before the value's pointer is built: it is only needed for an issue, and building it
        // for every string of a 2,000-record NVD page was a good part of the reader's allocations.
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.Length <= Limits.MaxStringLength)
        {
            return text;
        }

        return StringValue(value, Child(pointer, name));
    }

    /// <summary>A string value; an issue when not a string or longer than the limit.</summary>
    public string? StringValue(JsonElement value, string pointer)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(pointer, "json-type", $"Expected a string, found {Describe(value.ValueKind)}.");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > Limits.MaxStringLength)
        {
            Error(pointer, "limit-string", $"The string is longer than {Limits.MaxStringLength} characters.");
            return null;
        }

        return text;
    }

    public bool? Boolean(JsonElement obj, string pointer, string name, bool required = false)
    {
        if (Property(obj, pointer, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(Child(pointer, name), "json-type", $"Expected true or false, found {Describe(value.ValueKind)}.");
        return null;
    }

    public long? Integer(JsonElement obj, string pointer, string name, bool required = false)
    {
        if (Property(obj, pointer, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        Error(Child(pointer, name), "json-type", $"Expected an integer, found {Describe(value.ValueKind)}.");
        return null;
    }

    /// <summary>A count or index: an integer from 0 to <see cref="int.MaxValue"/>.</summary>
    public int? Count(JsonElement obj, string pointer, string name, bool required = false)
    {
        if (Integer(obj, pointer, name, required) is not { } value)
        {
            return null;
        }

        if (value is >= 0 and <= int.MaxValue)
        {
            return (int)value;
        }

        Error(Child(pointer, name), "json-range", $"{value} is not a count from 0 to {int.MaxValue}.");
        return null;
    }

    public double? Number(JsonElement obj, string pointer, string name, bool required = false)
    {
        if (Property(obj, pointer, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        Error(Child(pointer, name), "json-type", $"Expected a number, found {Describe(value.ValueKind)}.");
        return null;
    }

    /// <summary>
    /// A date-time in RFC 3339 form (<c>2024-05-20T16:03:47Z</c>, fractions and offsets allowed). A value without an
    /// offset, as NVD writes them, is read as UTC. Other forms that .NET would parse ("May 2024") are refused.
    /// </summary>
    public DateTimeOffset? Timestamp(JsonElement obj, string pointer, string name, bool required = false)
    {
        if (String(obj, pointer, name, required) is not { } text)
        {
            return null;
        }

        if (Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        Error(Child(pointer, name), "bad-date", $"'{text}' is not an RFC 3339 date and time.");
        return null;
    }

    /// <summary>A calendar date written <c>YYYY-MM-DD</c>.</summary>
    public DateOnly? Date(JsonElement obj, string pointer, string name, bool required = false)
    {
        if (String(obj, pointer, name, required) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        Error(Child(pointer, name), "bad-date", $"'{text}' is not a date written YYYY-MM-DD.");
        return null;
    }

    /// <summary>
    /// The items of an array property mapped by <paramref name="item"/> (which returns null for an item it reported as
    /// bad); empty when absent. An issue when not an array or longer than <see cref="ReaderLimits.MaxItems"/>.
    /// </summary>
    public IReadOnlyList<T> Array<T>(JsonElement obj, string pointer, string name, Func<JsonElement, string, T?> item, bool required = false)
        where T : class
    {
        if (Property(obj, pointer, name, required) is not { } value)
        {
            return [];
        }

        return ArrayValue(value, Child(pointer, name), item);
    }

    public IReadOnlyList<T> ArrayValue<T>(JsonElement value, string pointer, Func<JsonElement, string, T?> item)
        where T : class
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(pointer, "json-type", $"Expected an array, found {Describe(value.ValueKind)}.");
            return [];
        }

        var length = value.GetArrayLength();
        if (length > Limits.MaxItems)
        {
            Error(pointer, "limit-items", $"The array has {length} items, more than the limit of {Limits.MaxItems}.");
            return [];
        }

        var items = new List<T>(length);
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (item(element, Child(pointer, index++)) is { } mapped)
            {
                items.Add(mapped);
            }
        }

        return items;
    }

    /// <summary>An array of strings; empty when absent.</summary>
    public IReadOnlyList<string> Strings(JsonElement obj, string pointer, string name, bool required = false)
    {
        if (Property(obj, pointer, name, required) is not { } value)
        {
            return [];
        }

        // As for single strings, no pointer per item unless an item needs an issue: then the checked path reports it.
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() is var length && length <= Limits.MaxItems)
        {
            var texts = new List<string>(length);
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || item.GetString() is not { } text || text.Length > Limits.MaxStringLength)
                {
                    return ArrayValue(value, Child(pointer, name), StringValue);
                }

                texts.Add(text);
            }

            return texts;
        }

        return ArrayValue(value, Child(pointer, name), StringValue);
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

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
