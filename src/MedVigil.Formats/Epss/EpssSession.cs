using System.Globalization;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Epss;

/// <summary>One pass over one EPSS file: the comment line, the header, then the rows.</summary>
internal sealed class EpssSession(StreamReader reader, ReaderLimits limits, List<FormatIssue> issues, Action<EpssScore> onRow)
{
    private int badRows;
    private bool lineTooLong;

    /// <summary>The line read last, counted from 1.</summary>
    public long Line { get; private set; }

    /// <summary>Whether the text was read to its end (not stopped by a limit or a bad header).</summary>
    public bool ReachedEnd { get; private set; }

    public EpssFile? Run()
    {
        var first = Next();
        string? model = null;
        DateTimeOffset? date = null;
        if (first is not null && first.StartsWith('#'))
        {
            (model, date) = Comment(first);
            first = Next();
        }

        if (lineTooLong)
        {
            return null;
        }

        if (first is null || !string.Equals(first.Trim(), "cve,epss,percentile", StringComparison.Ordinal))
        {
            ReachedEnd = reader.Peek() < 0; // a cut gzip often ends inside the header: still report the cut
            issues.Add(new FormatIssue(EpssReader.Where(Line, 1), "epss-header", $"Expected the header 'cve,epss,percentile', found '{Shorten(first)}'."));
            return null;
        }

        long rows = 0;
        while (Next() is { } text)
        {
            if (text.Length == 0)
            {
                continue;
            }

            if (rows >= limits.MaxItems)
            {
                issues.Add(new FormatIssue(EpssReader.Where(Line, 1), "limit-items", $"The file has more than {limits.MaxItems} rows."));
                return null;
            }

            if (Row(text) is { } score)
            {
                onRow(score);
                rows++;
            }
            else if (++badRows >= EpssReader.MaxRowIssues)
            {
                issues.Add(new FormatIssue(EpssReader.Where(Line, 1), "too-many-issues", $"{badRows} bad rows; the rest of the file was not read."));
                return null;
            }
        }

        return lineTooLong ? null : new EpssFile(model, date, rows);
    }

    private string? Next()
    {
        var text = reader.ReadLine();
        Line++;
        ReachedEnd = text is null;
        if (text is null || text.Length <= limits.MaxStringLength)
        {
            return text;
        }

        issues.Add(new FormatIssue(EpssReader.Where(Line, 1), "limit-string", $"The line is longer than {limits.MaxStringLength} characters."));
        lineTooLong = true;
        return null;
    }

    private (string? Model, DateTimeOffset? Date) Comment(string comment)
    {
        string? model = null;
        DateTimeOffset? date = null;
        foreach (var pair in comment[1..].Split(','))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            var (key, value) = colon < 0 ? (pair, "") : (pair[..colon].Trim(), pair[(colon + 1)..].Trim());
            if (key == "model_version")
            {
                model = value;
            }
            else if (key == "score_date")
            {
                date = ScoreDate(value);
            }
        }

        return (model, date);
    }

    // The current model writes 2026-01-30T12:55:00Z, the older one 2022-01-01T00:00:00+0000 (no colon in the offset).
    private DateTimeOffset? ScoreDate(string value)
    {
        if (value.Length > 5 && value[^5] is '+' or '-' && value[^4..].All(char.IsAsciiDigit))
        {
            value = value[..^2] + ":" + value[^2..];
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return date;
        }

        issues.Add(new FormatIssue(EpssReader.Where(Line, 1), "bad-date", $"score_date '{value}' is not a date and time.", IssueSeverity.Warning));
        return null;
    }

    private EpssScore? Row(string text)
    {
        var fields = text.Split(',');
        if (fields.Length != 3)
        {
            issues.Add(new FormatIssue(EpssReader.Where(Line, Math.Min(fields.Length + 1, 4)), "epss-columns", $"Expected 3 fields, found {fields.Length}."));
            return null;
        }

        var cve = fields[0].Trim();
        if (!EpssReader.CveId().IsMatch(cve))
        {
            issues.Add(new FormatIssue(EpssReader.Where(Line, 1), "epss-cve-id", $"'{Shorten(cve)}' is not a CVE id."));
            return null;
        }

        var epss = Probability(fields[1], 2, "epss");
        var percentile = Probability(fields[2], 3, "percentile");
        return epss is null || percentile is null ? null : new EpssScore(cve, epss.Value, percentile.Value);
    }

    // Exponent notation (2e-05) is allowed; NaN, infinities and values outside 0–1 are not.
    private double? Probability(string text, int column, string name)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }

        issues.Add(new FormatIssue(EpssReader.Where(Line, column), "epss-value", $"{name} '{Shorten(text)}' is not a number from 0 to 1."));
        return null;
    }

    private static string Shorten(string? text) => text is null ? "end of file" : text.Length <= 60 ? text : text[..60] + "…";
}
