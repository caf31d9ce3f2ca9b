using System.Globalization;
using System.Text;
using CsvHelper;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Kev;

/// <summary>The KEV catalog's CSV form: the entries only (the CSV carries no catalog version or release date).</summary>
public sealed record KevCsvCatalog(IReadOnlyList<KevEntry> Vulnerabilities);

/// <summary>
/// Reads the CSV form of the KEV catalog (<c>known_exploited_vulnerabilities.csv</c>): the header names the 11 fields
/// of the JSON form in its order; <c>cwes</c> is a comma-separated list. The same checks as the JSON reader, each
/// located <c>line N, column K</c>; any error leaves the document null.
/// </summary>
public static class KevCsvReader
{
    private static readonly string[] Header =
        ["cveID", "vendorProject", "product", "vulnerabilityName", "dateAdded", "shortDescription", "requiredAction", "dueDate",
         "knownRansomwareCampaignUse", "notes", "cwes"];

    /// <summary>Reads the CSV from a stream (UTF-8), which stays open.</summary>
    public static ReadResult<KevCsvCatalog> Read(Stream content, ReaderLimits? limits = null)
    {
        limits ??= ReaderLimits.Default;
        var issues = new List<FormatIssue>();
        var entries = new List<KevEntry>();
        try
        {
            using var text = new LimitedTextReader(new StreamReader(content, Encoding.UTF8, true, 4096, leaveOpen: true), limits.MaxBytes);
            using var csv = CsvReader.Create(text, Options(limits, issues), leaveOpen: true);
            ReadRows(csv, limits, issues, entries);
        }
        catch (InputTooLargeException tooLarge)
        {
            issues.Add(new FormatIssue("", "limit-size", tooLarge.Message));
        }
        catch (CsvFormatException bad)
        {
            issues.Add(new FormatIssue(Where(bad.LineNumber, 1), "limit-string", "A record is longer than the limit, or a quote is never closed."));
        }

        return new ReadResult<KevCsvCatalog>(issues.Exists(i => i.Severity == IssueSeverity.Error) ? null : new KevCsvCatalog(entries), issues);
    }

    /// <summary>Reads the CSV from a file.</summary>
    public static ReadResult<KevCsvCatalog> Read(string path, ReaderLimits? limits = null)
    {
        using var file = File.OpenRead(path);
        return Read(file, limits);
    }

    private static CsvReaderOptions Options(ReaderLimits limits, List<FormatIssue> issues) => new()
    {
        Separator = ',',
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        DetectSeparatorHint = false,
        AllowLineBreaksInQuotes = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MaxRecordSize = (int)Math.Min(int.MaxValue / 2, (long)limits.MaxStringLength * 2),
        OnMalformedRecord = m => issues.Add(new FormatIssue(Where(m.LineNumber, 1), "csv-syntax", $"The record is malformed ({m.Reason}).")),
    };

    private static void ReadRows(CsvReader csv, ReaderLimits limits, List<FormatIssue> issues, List<KevEntry> entries)
    {
        if (!csv.Read() || !Cells(csv).SequenceEqual(Header, StringComparer.Ordinal))
        {
            issues.Add(new FormatIssue(Where(1, 1), "kev-csv-header", "Expected the header " + string.Join(',', Header) + "."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            if (entries.Count >= limits.MaxItems)
            {
                issues.Add(new FormatIssue(Where(csv.LineNumber, 1), "limit-items", $"The catalog has more than {limits.MaxItems} rows."));
                return;
            }

            if (new KevCsvRow(csv.LineNumber, Cells(csv), issues).Entry() is { } entry)
            {
                if (seen.Add(entry.CveId))
                {
                    entries.Add(entry);
                }
                else
                {
                    issues.Add(new FormatIssue(Where(csv.LineNumber, 1), "kev-duplicate", $"{entry.CveId} is listed more than once."));
                }
            }
        }
    }

    private static string[] Cells(CsvReader csv)
    {
        var cells = new string[csv.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = csv.GetString(i);
        }

        return cells;
    }

    internal static string Where(long line, int column) => string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");
}
