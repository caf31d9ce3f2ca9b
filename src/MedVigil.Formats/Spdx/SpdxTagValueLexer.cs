using System.Globalization;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>One <c>Tag: value</c> of a tag-value document; a <c>&lt;text&gt;…&lt;/text&gt;</c> value without its markers.</summary>
internal sealed record SpdxTagLine(string Tag, string Value, int Line, int Column)
{
    /// <summary>Where the value starts.</summary>
    public string ValueLocation => SpdxTagValueLexer.Location(Line, Column);

    /// <summary>Where the tag starts (column 1).</summary>
    public string TagLocation => SpdxTagValueLexer.Location(Line, 1);
}

/// <summary>
/// Splits tag-value text into tags: one <c>Tag: value</c> per line, empty lines and <c>#</c> comments skipped, a
/// value starting with <c>&lt;text&gt;</c> running until <c>&lt;/text&gt;</c>, over as many lines as it takes.
/// </summary>
internal static class SpdxTagValueLexer
{
    private const string TextOpen = "<text>";
    private const string TextClose = "</text>";

    public static string Location(int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");

    public static IEnumerable<SpdxTagLine> Lex(string text, ReaderLimits limits, List<FormatIssue> issues)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var tag = colon > 0 ? line[..colon] : "";
            if (tag.Length == 0 || !tag.All(char.IsAsciiLetterOrDigit))
            {
                issues.Add(new FormatIssue(Location(i + 1, 1), SpdxIssueCodes.TagValueSyntax, "expected 'Tag: value'"));
                continue;
            }

            var start = colon + 1;
            while (start < line.Length && line[start] == ' ')
            {
                start++;
            }

            var lineNumber = i + 1;
            var value = line[start..];
            if (value.StartsWith(TextOpen, StringComparison.Ordinal))
            {
                var (read, lastLine) = ReadText(lines, i, start + TextOpen.Length);
                if (read is null)
                {
                    issues.Add(new FormatIssue(Location(lineNumber, start + 1), SpdxIssueCodes.TagValueSyntax,
                        $"the <text> of {tag} is not closed by </text>"));
                    yield break;
                }

                value = read;
                i = lastLine;
            }

            if (value.Length > limits.MaxStringLength)
            {
                issues.Add(new FormatIssue(Location(lineNumber, start + 1), SpdxIssueCodes.LimitString, string.Create(CultureInfo.InvariantCulture,
                    $"the value of {tag} has {value.Length} characters, more than the limit of {limits.MaxStringLength}")));
                continue;
            }

            yield return new SpdxTagLine(tag, value.Trim(), lineNumber, start + 1);
        }
    }

    /// <summary>The text from <paramref name="from"/> on line <paramref name="first"/> to the closing marker, and the line it is on.</summary>
    private static (string? Text, int LastLine) ReadText(string[] lines, int first, int from)
    {
        var text = new System.Text.StringBuilder();
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var part = i == first ? line[from..] : line;
            var close = part.IndexOf(TextClose, StringComparison.Ordinal);
            if (close >= 0)
            {
                text.Append(part, 0, close);
                return (text.ToString(), i);
            }

            text.Append(part).Append('\n');
        }

        return (null, lines.Length);
    }
}
