using System.Globalization;
using System.Text;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.CsafDistribution;

/// <summary>One row of a directory distribution's <c>changes.csv</c>: a path under the directory and when it changed.</summary>
public sealed record CsafChange(string Path, DateTimeOffset Timestamp, int Line);

/// <summary>
/// Reads the two listings of a directory-based distribution (§7.1.12, §7.1.13): <c>changes.csv</c> (rows
/// <c>"path","timestamp"</c>, RFC 3339, newest first) and <c>index.txt</c> (one path per line). Paths must be relative
/// to the directory (no <c>/</c> first, no <c>..</c>, no query) and end in <c>.json</c>. Problems are located
/// <c>line N</c>; any error leaves the document null. Limits: bytes, and rows (<see cref="ReaderLimits.MaxItems"/>).
/// </summary>
public static class CsafDirectoryListing
{
    /// <summary>The largest listing read.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads <c>changes.csv</c>; rows out of newest-first order are a warning, not an error.</summary>
    public static ReadResult<IReadOnlyList<CsafChange>> ReadChanges(Stream content, ReaderLimits? limits = null) =>
        ReadLines<IReadOnlyList<CsafChange>>(content, limits, (lines, issues) =>
        {
            var changes = new List<CsafChange>();
            foreach (var (number, text) in lines)
            {
                if (Fields(text) is not [var path, var stamp])
                {
                    issues.Add(Issue(number, "csv-syntax", "Expected two fields \"path\",\"timestamp\"."));
                    continue;
                }

                if (!Timestamp(stamp, out var when))
                {
                    issues.Add(Issue(number, "bad-date", $"'{DistributionUrls.Cut(stamp)}' is not an RFC 3339 date and time."));
                    continue;
                }

                if (CheckPath(path, number, issues))
                {
                    if (changes.Count > 0 && when > changes[^1].Timestamp)
                    {
                        issues.Add(Issue(number, "csaf-changes-order", "The rows are not newest first.", IssueSeverity.Warning));
                    }

                    changes.Add(new CsafChange(path, when, number));
                }
            }

            return changes;
        });

    /// <summary>Reads <c>index.txt</c>: the paths, in file order.</summary>
    public static ReadResult<IReadOnlyList<string>> ReadIndex(Stream content, ReaderLimits? limits = null) =>
        ReadLines<IReadOnlyList<string>>(content, limits, (lines, issues) =>
            [.. lines.Where(l => CheckPath(l.Text, l.Number, issues)).Select(l => l.Text)]);

    private static ReadResult<T> ReadLines<T>(Stream content, ReaderLimits? limits, Func<List<(int Number, string Text)>, List<FormatIssue>, T> map)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ReaderLimits.Default;
        var issues = new List<FormatIssue>();
        var lines = new List<(int, string)>();
        try
        {
            using var text = new LimitedTextReader(new StreamReader(content, Encoding.UTF8, true, 4096, leaveOpen: true), Math.Min(MaxBytes, limits.MaxBytes));
            var number = 0;
            while (text.ReadLine() is { } line)
            {
                number++;
                if (line.Length > limits.MaxStringLength)
                {
                    issues.Add(Issue(number, "limit-string", $"The line is longer than {limits.MaxStringLength} characters."));
                    break;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (lines.Count >= limits.MaxItems)
                {
                    issues.Add(Issue(number, "limit-items", $"The listing has more than {limits.MaxItems} rows."));
                    break;
                }

                lines.Add((number, line.Trim()));
            }
        }
        catch (InputTooLargeException tooLarge)
        {
            issues.Add(new FormatIssue("", "limit-size", tooLarge.Message));
        }

        var document = map(lines, issues);
        return new ReadResult<T>(issues.Exists(i => i.Severity == IssueSeverity.Error) ? null : document, issues);
    }

    private static bool CheckPath(string path, int line, List<FormatIssue> issues)
    {
        if (DistributionUrls.Under(new Uri("https://directory.invalid/"), path) is null)
        {
            issues.Add(Issue(line, "csaf-path", $"'{DistributionUrls.Cut(path)}' is not a path relative to the directory."));
            return false;
        }

        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            issues.Add(Issue(line, "csaf-path", $"'{DistributionUrls.Cut(path)}' is not a .json document."));
            return false;
        }

        return true;
    }

    /// <summary>The fields of one CSV line: quoted (<c>""</c> for a quote) or bare, separated by commas.</summary>
    private static List<string>? Fields(string line)
    {
        var fields = new List<string>();
        var i = 0;
        while (true)
        {
            var field = new StringBuilder();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return null; // a quote never closed
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    return null;
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString().Trim());
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }

    private static bool Timestamp(string text, out DateTimeOffset value) =>
        text.Length >= 20 && text[10] is 'T' or 't'
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value)
        || Fail(out value);

    private static bool Fail(out DateTimeOffset value)
    {
        value = default;
        return false;
    }

    private static FormatIssue Issue(int line, string code, string message, IssueSeverity severity = IssueSeverity.Error) =>
        new(string.Create(CultureInfo.InvariantCulture, $"line {line}"), code, message, severity);
}
