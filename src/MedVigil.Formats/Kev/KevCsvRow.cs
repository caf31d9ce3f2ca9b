using System.Globalization;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Kev;

/// <summary>One data row of the KEV CSV, checked cell by cell.</summary>
internal sealed class KevCsvRow(long line, string[] cells, List<FormatIssue> issues)
{
    private bool bad;

    public KevEntry? Entry()
    {
        if (cells.Length != 11)
        {
            Error(Math.Min(cells.Length + 1, 12), "kev-csv-columns", $"Expected 11 fields, found {cells.Length}.");
            return null;
        }

        var cve = Required(0, "cveID");
        if (cve.Length > 0 && !KevReader.CveId().IsMatch(cve))
        {
            Error(1, "kev-cve-id", $"'{cve}' is not a CVE id (CVE-YYYY-NNNN).");
        }

        var entry = new KevEntry(cve, Required(1, "vendorProject"), Required(2, "product"), Required(3, "vulnerabilityName"),
            Date(4, "dateAdded"), Required(5, "shortDescription"), Required(6, "requiredAction"), Date(7, "dueDate"),
            cells[8].Length == 0 ? null : cells[8], cells[9],
            [.. cells[10].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);
        return bad ? null : entry;
    }

    private string Required(int index, string name)
    {
        if (cells[index].Length == 0)
        {
            Error(index + 1, "kev-missing", $"The required field '{name}' is empty.");
        }

        return cells[index];
    }

    private DateOnly Date(int index, string name)
    {
        var text = Required(index, name);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (text.Length > 0)
        {
            Error(index + 1, "bad-date", $"{name} '{text}' is not a date written YYYY-MM-DD.");
        }

        return default;
    }

    private void Error(int column, string code, string message)
    {
        bad = true;
        issues.Add(new FormatIssue(KevCsvReader.Where(line, column), code, message));
    }
}
