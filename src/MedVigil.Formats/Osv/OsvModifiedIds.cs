using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Osv;

/// <summary>One row of an ecosystem's <c>modified_id.csv</c>: when the record was last modified, and its id.</summary>
public sealed record OsvModifiedId(DateTimeOffset Modified, string Id, int Line);

/// <summary>
/// Reads the <c>modified_id.csv</c> that OSV publishes per ecosystem beside <c>all.zip</c>: rows <c>modified,id</c>
/// (RFC 3339, newest first); a <c>modified,id</c> header line is skipped. An id must be a plain file name (letters, digits, <c>.</c>, <c>_</c>,
/// <c>-</c>, <c>:</c>) since it names <c>&lt;ID&gt;.json</c>. Problems are located <c>line N</c>; any error leaves the
/// document null. Limits: bytes, rows.
/// </summary>
public static partial class OsvModifiedIds
{
    /// <summary>The largest listing read (the biggest ecosystems list a few hundred thousand ids).</summary>
    public const long MaxBytes = 128L * 1024 * 1024;

    public static ReadResult<IReadOnlyList<OsvModifiedId>> Read(Stream content, ReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ReaderLimits.Default;
        var issues = new List<FormatIssue>();
        var rows = new List<OsvModifiedId>();
        try
        {
            using var text = new LimitedTextReader(new StreamReader(content, Encoding.UTF8, true, 4096, leaveOpen: true), Math.Min(MaxBytes, limits.MaxBytes));
            var number = 0;
            while (text.ReadLine() is { } line)
            {
                number++;
                if (line.Trim().Length == 0 || (number == 1 && line.Trim().Equals("modified,id", StringComparison.OrdinalIgnoreCase)))
                {
                    continue; // a blank line, or a header some mirrors add
                }

                if (rows.Count >= limits.MaxItems)
                {
                    issues.Add(Issue(number, "limit-items", $"The listing has more than {limits.MaxItems} rows."));
                    break;
                }

                if (Row(line, number, issues) is { } row)
                {
                    rows.Add(row);
                }
            }
        }
        catch (InputTooLargeException tooLarge)
        {
            issues.Add(new FormatIssue("", "limit-size", tooLarge.Message));
        }

        return new ReadResult<IReadOnlyList<OsvModifiedId>>(issues.Exists(i => i.Severity == IssueSeverity.Error) ? null : rows, issues);
    }

    private static OsvModifiedId? Row(string line, int number, List<FormatIssue> issues)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            issues.Add(Issue(number, "csv-syntax", "Expected two fields modified,id."));
            return null;
        }

        var (stamp, id) = (line[..comma].Trim(), line[(comma + 1)..].Trim());
        if (!Rfc3339().IsMatch(stamp)
            || !DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var modified))
        {
            issues.Add(Issue(number, "bad-date", $"'{Cut(stamp)}' is not an RFC 3339 date and time."));
            return null;
        }

        if (!PlainId().IsMatch(id))
        {
            issues.Add(Issue(number, "osv-id", $"'{Cut(id)}' is not an OSV id that names a file."));
            return null;
        }

        return new OsvModifiedId(modified, id, number);
    }

    private static string Cut(string text) => text.Length > 200 ? text[..200] + "…" : text;

    private static FormatIssue Issue(int line, string code, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"line {line}"), code, message);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainId();
}
