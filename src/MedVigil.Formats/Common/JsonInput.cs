using System.Globalization;
using System.Text.Json;

namespace MedVigil.Formats.Common;

/// <summary>
/// Parses an untrusted JSON document within <see cref="ReaderLimits"/>: size, depth, syntax. Every failure becomes
/// one <see cref="FormatIssue"/> with the line and byte position where the parser stopped.
/// </summary>
public static class JsonInput
{
    public static ReadResult<JsonDocument> Parse(Stream content, ReaderLimits limits)
    {
        try
        {
            var document = JsonDocument.Parse(new LimitedStream(content, limits.MaxBytes), new JsonDocumentOptions
            {
                MaxDepth = limits.MaxDepth,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            });
            return new ReadResult<JsonDocument>(document, []);
        }
        catch (InputTooLargeException tooLarge)
        {
            return ReadResult<JsonDocument>.Failed(new FormatIssue("", "limit-size", tooLarge.Message));
        }
        catch (JsonException json)
        {
            var where = json.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, byte {json.BytePositionInLine + 1}")
                : "";
            var code = json.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase) ? "limit-depth" : "json-syntax";
            return ReadResult<JsonDocument>.Failed(new FormatIssue(where, code, "Not valid JSON: " + json.Message));
        }
    }

    public static ReadResult<JsonDocument> Parse(string path, ReaderLimits limits)
    {
        using var file = File.OpenRead(path);
        return Parse(file, limits);
    }
}
